package org.sunshine.annualreport;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.sunshine.report.ReportFormat;
import org.sunshine.testing.UiTest;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published annual reports as the public finds them, on screen and as open data. Editions are written straight
 * into the tables as publishing leaves them (V23; in 2019, a year no demo or other test uses; deleted afterwards):
 * 盘锦市民政局 with a first edition and a correction, the city government with one edition, and the government
 * office's own report still a draft, which must appear nowhere.
 */
@MicronautTest(transactional = false)
@Property(name = "sunshine.open-data.requests-per-minute", value = "60")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishedReportsTest extends UiTest {

    private static final int YEAR = 2019;
    private static final String REASON = "表三“不予公开”行的数字录入有误，予以更正。";

    @Inject
    EmbeddedServer server;
    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    /** The frozen files by "organ/edition/format". */
    private final Map<String, byte[]> files = new java.util.HashMap<>();

    @BeforeAll
    void publish() throws Exception {
        ReportDocument document = context.getBean(ReportDocument.class);
        ReportJson contentJson = context.getBean(ReportJson.class);
        try (Connection c = connection()) {
            long mzj = department(c, "MZJ");
            long office = department(c, "SZFB");
            long mzjReport = report(c, mzj, false);
            long govReport = report(c, office, true);
            report(c, office, false); // the office's own, still a draft: no edition
            edition(c, document, contentJson, "MZJ", mzjReport, ReportDocumentTest.content(YEAR, "盘锦市民政局", false, 1,
                    LocalDate.of(2020, 1, 20), ""));
            edition(c, document, contentJson, "MZJ", mzjReport, ReportDocumentTest.content(YEAR, "盘锦市民政局", false, 2,
                    LocalDate.of(2020, 2, 3), REASON));
            edition(c, document, contentJson, "gov", govReport, ReportDocumentTest.content(YEAR, "盘锦市人民政府", true, 1,
                    LocalDate.of(2020, 3, 30), ""));
        }
    }

    @AfterAll
    void unpublish() throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM annual_report_edition WHERE report_id IN (SELECT id FROM annual_report WHERE year_no = " + YEAR + ")");
            s.executeUpdate("DELETE FROM annual_report WHERE year_no = " + YEAR);
        }
    }

    @Test
    @Order(1)
    void theListShowsPublishedReportsByYearWithTheirNewestEdition() {
        navigate("disclosure/annual-reports");
        Div year = _get(Div.class, spec -> spec.withId("annual-reports-" + YEAR));
        String text = year.getElement().getTextRecursively();
        assertThat(text).contains(YEAR + "年度", "盘锦市人民政府", "盘锦市民政局", "第2版", "已更正", "2020年2月3日公开",
                "2020年3月30日公开").doesNotContain("盘锦市人民政府办公室");
        assertThat(text.indexOf("盘锦市人民政府")).as("the government first").isLessThan(text.indexOf("盘锦市民政局"));
        Anchor mzj = _get(Anchor.class, spec -> spec.withId("annual-report-" + YEAR + "-MZJ"));
        assertThat(mzj.getHref()).isEqualTo("disclosure/annual-reports/" + YEAR + "/MZJ");
        assertThat(_get(Anchor.class, spec -> spec.withId("annual-report-" + YEAR + "-gov")).getHref())
                .isEqualTo("disclosure/annual-reports/" + YEAR + "/gov");
        assertThat(_get(Anchor.class, spec -> spec.withId("annual-reports-index")).getHref())
                .isEqualTo("/api/open/v1/annual-reports");
    }

    @Test
    @Order(2)
    void theReportReadsOnScreenWithItsFilesAndEditions() throws Exception {
        navigate("disclosure/annual-reports/" + YEAR + "/MZJ");
        assertThat(text("annual-report-title")).isEqualTo("盘锦市民政局2019年政府信息公开工作年度报告");
        assertThat(text("annual-report-edition")).isEqualTo("第2版 · 2020年2月3日公开");
        assertThat(text("annual-report-reason")).isEqualTo("更正原因：" + REASON);
        assertThat(_find(Component.class, spec -> spec.withId("annual-report-earlier"))).isEmpty();
        // the six parts in order, the text as written
        String body = text("annual-report-body");
        int at = -1;
        for (String part : List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项")) {
            assertThat(body.indexOf(part)).as(part).isGreaterThan(at);
            at = body.indexOf(part);
        }
        assertThat(body).contains("（一）主动公开情况", "本年度未收取信息处理费。");
        // the tables with the printed labels and numbers in their rows
        assertThat(text("annual-table-two")).contains("第二十条第（一）项", "本年制发件数", "现行有效件数", "行政规范性文件71272",
                "本年收费金额（单位：万元）", "行政事业性收费12.3456");
        assertThat(text("annual-table-three")).contains("申请人情况", "法人或其他组织", "商业企业", "社会公益组织",
                "本列数据的勾稽关系为", "一、本年新收政府信息公开申请数量" + ReportDocumentTest.cells(0),
                "（三）不予公开1.属于国家秘密" + ReportDocumentTest.cells(4),
                "四、结转下年度继续办理" + ReportDocumentTest.cells(24));
        assertThat(text("annual-table-four")).contains("行政复议", "未经复议直接起诉", "复议后起诉", "尚未审结",
                "901902903904905911912913914915921922923924925");

        // the files are the frozen bytes, their SHA-256 shown
        String pdfUrl = _get(Anchor.class, spec -> spec.withId("annual-report-pdf")).getHref();
        String docxUrl = _get(Anchor.class, spec -> spec.withId("annual-report-docx")).getHref();
        assertThat(pdfUrl).isEqualTo("/api/open/v1/annual-reports/2019/MZJ.pdf?edition=2");
        assertThat(docxUrl).isEqualTo("/api/open/v1/annual-reports/2019/MZJ.docx?edition=2");
        HttpResponse<byte[]> pdf = get(pdfUrl, Map.of());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).isEqualTo(files.get("MZJ/2/pdf"));
        assertThat(text("annual-report-pdf-sha256")).isEqualTo(PublishedReports.sha256(pdf.body()));
        HttpResponse<byte[]> docx = get(docxUrl, Map.of());
        assertThat(docx.body()).isEqualTo(files.get("MZJ/2/docx"));
        assertThat(docx.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment").contains(".docx");
        assertThat(text("annual-report-docx-sha256")).isEqualTo(PublishedReports.sha256(docx.body()));

        // every edition, newest first, the earlier one readable
        String editions = text("annual-report-editions");
        assertThat(editions.indexOf("第2版")).isLessThan(editions.indexOf("第1版"));
        assertThat(editions).contains("更正原因：" + REASON, "首次公开", "当前查看");
        Div first = _get(Div.class, spec -> spec.withId("annual-report-edition-1"));
        assertThat(first.getChildren().filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()))
                .containsExactly("disclosure/annual-reports/2019/MZJ?edition=1");
    }

    @Test
    @Order(3)
    void anEarlierEditionSaysItHasBeenCorrected() throws Exception {
        navigate("disclosure/annual-reports/" + YEAR + "/mzj?edition=1");
        assertThat(text("annual-report-edition")).isEqualTo("第1版 · 2020年1月20日公开");
        assertThat(_find(Component.class, spec -> spec.withId("annual-report-reason"))).isEmpty();
        assertThat(text("annual-report-earlier")).contains("您正在查看第1版。该报告已更正，最新为第2版。");
        assertThat(_get(Anchor.class, spec -> spec.withId("annual-report-to-latest")).getHref())
                .isEqualTo("disclosure/annual-reports/2019/MZJ");
        String pdfUrl = _get(Anchor.class, spec -> spec.withId("annual-report-pdf")).getHref();
        assertThat(get(pdfUrl, Map.of()).body()).isEqualTo(files.get("MZJ/1/pdf"));
    }

    @Test
    @Order(4)
    void whatIsNotPublishedIsNotFound() {
        for (String address : List.of("disclosure/annual-reports/" + YEAR + "/SZFB", "disclosure/annual-reports/2018/MZJ",
                "disclosure/annual-reports/" + YEAR + "/MZJ?edition=3", "disclosure/annual-reports/abc/MZJ",
                "disclosure/annual-reports/" + YEAR + "/NOPE")) {
            navigate(address);
            assertThat(_find(Component.class, spec -> spec.withId("not-found"))).as(address).hasSize(1);
        }
        navigate("disclosure/annual-reports");
        assertThat(_find(Component.class, spec -> spec.withId("annual-report-" + YEAR + "-SZFB"))).isEmpty();
    }

    @Test
    @Order(5)
    void theOpenDataHoldTheTablesLabelled() throws Exception {
        HttpResponse<byte[]> index = get("/api/open/v1/annual-reports", Map.of());
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        List<Map<String, Object>> entries = List.of(json.readValue(index.body(), Map[].class)).stream()
                .map(m -> (Map<String, Object>) m).filter(m -> ((Number) m.get("year")).intValue() == YEAR).toList();
        assertThat(entries).extracting(m -> m.get("organKey")).containsExactly("gov", "MZJ");
        Map<String, Object> mzj = entries.get(1);
        assertThat(mzj).containsEntry("organ", "盘锦市民政局").containsEntry("edition", 2)
                .containsEntry("publishedOn", "2020-02-03")
                .containsEntry("title", "盘锦市民政局2019年政府信息公开工作年度报告")
                .containsEntry("json", "/api/open/v1/annual-reports/2019/MZJ.json")
                .containsEntry("csv", "/api/open/v1/annual-reports/2019/MZJ.csv")
                .containsEntry("pdf", "/api/open/v1/annual-reports/2019/MZJ.pdf")
                .containsEntry("page", "/disclosure/annual-reports/2019/MZJ");

        HttpResponse<byte[]> latest = get("/api/open/v1/annual-reports/2019/MZJ.json", Map.of());
        assertThat(latest.statusCode()).isEqualTo(200);
        Map<String, Object> report = json.readValue(latest.body(), Map.class);
        assertThat(report).containsEntry("edition", 2).containsEntry("latestEdition", 2)
                .containsEntry("publishedOn", "2020-02-03").containsEntry("reason", REASON)
                .containsEntry("organKey", "MZJ").containsEntry("government", false);
        assertThat((Map<String, Object>) report.get("pdf")).containsEntry("sha256",
                PublishedReports.sha256(files.get("MZJ/2/pdf"))).containsEntry("url",
                "/api/open/v1/annual-reports/2019/MZJ.pdf?edition=2");
        assertThat((List<Map<String, Object>>) report.get("editions")).extracting(e -> e.get("edition"), e -> e.get("reason"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, REASON), org.assertj.core.groups.Tuple.tuple(1, ""));
        List<Map<String, Object>> tables = (List<Map<String, Object>>) report.get("tables");
        assertThat(tables).extracting(t -> t.get("table"), t -> t.get("title")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("two", "二、主动公开政府信息情况"),
                org.assertj.core.groups.Tuple.tuple("three", "三、收到和处理政府信息公开申请情况"),
                org.assertj.core.groups.Tuple.tuple("four", "四、政府信息公开行政复议、行政诉讼情况"));
        Map<String, Object> secret = row(tables.get(1), "3.1");
        assertThat(secret).containsEntry("label", "属于国家秘密").containsEntry("group", "三、本年度办理结果 / （三）不予公开");
        Map<String, Object> business = ((List<Map<String, Object>>) secret.get("cells")).get(1);
        assertThat(business).containsEntry("column", "business").containsEntry("label", "商业企业")
                .containsEntry("group", "申请人情况 / 法人或其他组织").containsEntry("value", 1041);
        assertThat(row(tables.get(1), "carried_over")).containsEntry("label", "四、结转下年度继续办理");
        assertThat(((List<Map<String, Object>>) row(tables.get(0), "fee").get("cells")).get(0))
                .containsEntry("column", "amount").containsEntry("label", "本年收费金额（单位：万元）");
        assertThat(((Number) ((List<Map<String, Object>>) row(tables.get(0), "fee").get("cells")).get(0).get("value"))
                .doubleValue()).isEqualTo(12.3456);
        Map<String, Object> direct = row(tables.get(2), "suit_direct");
        assertThat(direct).containsEntry("label", "未经复议直接起诉").containsEntry("group", "行政诉讼");
        assertThat((List<Map<String, Object>>) direct.get("cells")).extracting(c -> c.get("column"), c -> c.get("value"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("maintained", 911),
                        org.assertj.core.groups.Tuple.tuple("corrected", 912), org.assertj.core.groups.Tuple.tuple("other", 913),
                        org.assertj.core.groups.Tuple.tuple("pending", 914), org.assertj.core.groups.Tuple.tuple("total", 915));
        assertThat((List<Map<String, Object>>) report.get("sections")).extracting(s -> s.get("title"))
                .containsExactly("一、总体情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

        // an earlier edition, kept a day; the same again is 304
        HttpResponse<byte[]> earlier = get("/api/open/v1/annual-reports/2019/MZJ.json?edition=1", Map.of());
        assertThat((Map<String, Object>) json.readValue(earlier.body(), Map.class)).containsEntry("edition", 1)
                .containsEntry("latestEdition", 2).containsEntry("publishedOn", "2020-01-20");
        assertThat(earlier.headers().firstValue("Cache-Control")).hasValue("public, max-age=86400");
        String etag = earlier.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/api/open/v1/annual-reports/2019/MZJ.json?edition=1", Map.of("If-None-Match", etag)).statusCode())
                .isEqualTo(304);
        assertThat(get("/api/open/v1/annual-reports/2019/MZJ.json", Map.of("If-None-Match", etag)).statusCode())
                .as("the newest is another edition").isEqualTo(200);

        // CSV: UTF-8 with BOM, a cell a line
        HttpResponse<byte[]> csv = get("/api/open/v1/annual-reports/2019/MZJ.csv", Map.of());
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()[0]).isEqualTo((byte) 0xEF);
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(0)).isEqualTo("year,organ_key,edition,table,row,row_label,column,column_label,value");
        assertThat(lines).hasSize(1 + 3 * 2 + 3 + 1 + 25 * 7 + 3 * 5);
        assertThat(lines).contains("2019,MZJ,2,two,normative,第二十条第（一）项 / 行政规范性文件,in_force,现行有效件数,72",
                "2019,MZJ,2,two,fee,第二十条第（八）项 / 行政事业性收费,amount,本年收费金额（单位：万元）,12.3456",
                "2019,MZJ,2,three,3.1,三、本年度办理结果 / （三）不予公开 / 属于国家秘密,business,申请人情况 / 法人或其他组织 / 商业企业,1041",
                "2019,MZJ,2,three,received,一、本年新收政府信息公开申请数量,total,申请人情况 / 总计,5000",
                "2019,MZJ,2,four,review,行政复议,pending,尚未审结,904");
        assertThat(new String(get("/api/open/v1/annual-reports/2019/gov.csv?edition=1", Map.of()).body(),
                StandardCharsets.UTF_8)).contains("2019,gov,1,three,carried_over,四、结转下年度继续办理,person,申请人情况 / 自然人,1240");
    }

    @Test
    @Order(6)
    void whatIsNotPublishedIsNotFoundAsOpenData() throws Exception {
        for (String address : List.of("/api/open/v1/annual-reports/2019/SZFB.json", "/api/open/v1/annual-reports/2018/MZJ.json",
                "/api/open/v1/annual-reports/2019/MZJ.json?edition=3", "/api/open/v1/annual-reports/2019/NOPE.csv",
                "/api/open/v1/annual-reports/2019/SZFB.pdf", "/api/open/v1/annual-reports/2019/MZJ.docx?edition=7")) {
            HttpResponse<byte[]> answer = get(address, Map.of());
            assertThat(answer.statusCode()).as(address).isEqualTo(404);
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).as(address).contains("没有找到已公开的年度报告或该版本");
        }
        assertThat(new String(get("/api/open/v1/annual-reports/2019/NOPE.json", Map.of("Accept-Language", "en")).body(),
                StandardCharsets.UTF_8)).contains("No published annual report or edition found (2019, NOPE)");
    }

    @Test
    @Order(7)
    void aFileThatNoLongerMatchesItsHashIsNeverServed() throws Exception {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement("UPDATE annual_report_edition e "
                + "JOIN annual_report r ON r.id = e.report_id SET e.docx = ? WHERE r.year_no = ? AND r.to_government = TRUE")) {
            s.setBytes(1, "tampered".getBytes(StandardCharsets.UTF_8));
            s.setInt(2, YEAR);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        HttpResponse<byte[]> answer = get("/api/open/v1/annual-reports/2019/gov.docx", Map.of());
        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("SHA-256").doesNotContain("tampered");
        assertThat(get("/api/open/v1/annual-reports/2019/gov.pdf", Map.of()).body()).isEqualTo(files.get("gov/1/pdf"));
    }

    @Test
    @Order(99)
    void anAddressAskingTooOftenWaits() throws Exception {
        HttpResponse<byte[]> answer = null;
        for (int i = 0; i <= 60; i++) {
            answer = get("/api/open/v1/annual-reports", Map.of());
            if (answer.statusCode() == 429) {
                break;
            }
        }
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("每个地址每分钟最多 60 次");
    }

    private Map<String, Object> row(Map<String, Object> table, String code) {
        return ((List<Map<String, Object>>) table.get("rows")).stream().filter(r -> code.equals(r.get("row")))
                .findFirst().orElseThrow();
    }

    private String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private HttpResponse<byte[]> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Connection connection() throws SQLException {
        return DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class)).getConnection();
    }

    private static long department(Connection c, String code) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM department WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long report(Connection c, long department, boolean government) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO annual_report (year_no, department_id, to_government, "
                + "state, section_one, section_five, section_six, created_at, updated_at) VALUES (?, ?, ?, ?, '', '', '', "
                + "NOW(), NOW())", Statement.RETURN_GENERATED_KEYS)) {
            s.setInt(1, YEAR);
            s.setLong(2, department);
            s.setBoolean(3, government);
            s.setString(4, government ? "PUBLISHED" : "DRAFT");
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void edition(Connection c, ReportDocument document, ReportJson contentJson, String organ, long report,
                         ReportContent content) throws SQLException {
        byte[] pdf = document.render(content, ReportFormat.PDF);
        byte[] docx = document.render(content, ReportFormat.DOCX);
        files.put(organ + "/" + content.edition() + "/pdf", pdf);
        files.put(organ + "/" + content.edition() + "/docx", docx);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO annual_report_edition (report_id, edition, reason, "
                + "content_json, pdf, pdf_sha256, docx, docx_sha256, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, report);
            s.setInt(2, content.edition());
            s.setString(3, content.reason());
            s.setString(4, contentJson.write(content));
            s.setBytes(5, pdf);
            s.setString(6, PublishedReports.sha256(pdf));
            s.setBytes(7, docx);
            s.setString(8, PublishedReports.sha256(docx));
            s.setTimestamp(9, Timestamp.from(content.publishedOn().atTime(9, 30).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
            s.executeUpdate();
        }
    }
}
