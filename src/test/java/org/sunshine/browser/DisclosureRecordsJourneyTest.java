package org.sunshine.browser;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sunshine.directory.Cadence;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.ResponsibilityForm;
import org.sunshine.directory.ResponsibilityRow;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.testing.MutableClock;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's journey in a real browser, in Chinese, on Monday 11 January 2027, when the 2026 annual reports are being
 * written: 市民政局's handler imports December's 行政许可 decisions from the template — first with a row published
 * before it was formed, refused by its line and column with nothing written, then corrected: twelve imported, two of
 * them late on the 2026 calendar and marked so; the inspector sees 市民政局's monthly item overdue for October and
 * turns it into a finding in one step; the handler opens the 2026 annual report, finds its tables filled and
 * balanced, writes section 五 and submits it; the inspector approves and publishes it; the public downloads its PDF
 * and its tables as JSON.
 */
@MicronautTest(transactional = false)
class DisclosureRecordsJourneyTest {

    private static final String PREFIX = "旅程测试·";
    private static final int YEAR = 2026;
    private static final LocalDate WATCHED_FROM = LocalDate.of(2026, 10, 1);

    private final MutableClock clock = MutableClock.shanghai("2027-01-11T02:00:00Z"); // Monday, 10:00 in Beijing

    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;

    private Journey user;
    private ResponsibilityForm itemBefore;
    private final List<Path> files = new ArrayList<>();

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void setUp() throws SQLException {
        clean();
        // one of 市民政局's items is to be published monthly, watched from October 2026: no record since
        long mzj = mzj();
        ResponsibilityService items = context.getBean(ResponsibilityService.class);
        ResponsibilityRow item = items.list(false).stream()
                .filter(i -> i.leads().stream().anyMatch(d -> d.id() == mzj)).findFirst().orElseThrow();
        itemBefore = items.form(item.id()).orElseThrow();
        ResponsibilityForm f = itemBefore;
        items.save(new ResponsibilityForm(f.id(), f.seqNo(), f.title(), f.category(), f.clockDays(), f.keyAreaId(),
                f.leadDepartmentIds(), f.coDepartmentIds(), f.dutyNote(), Cadence.MONTHLY, WATCHED_FROM), admin());
    }

    @AfterEach
    void tearDown() throws Exception {
        try {
            if (user != null) {
                user.close();
            }
        } finally {
            if (itemBefore != null) {
                context.getBean(ResponsibilityService.class).save(itemBefore, admin());
            }
            clean();
            for (Path p : files) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void importMonitorReportAndPublish() throws Exception {
        user = new Journey(server.getPort());
        long itemId = itemBefore.id();
        long mzj = mzj();

        // the handler imports December's licensing decisions; line 5 was published before it was formed
        user.signIn("handler");
        user.open("/disclosure/records/import");
        upload(csv(true));
        user.waitForText(By.id("import-summary"), "没有写入任何记录");
        String problems = user.text(By.id("import-problems"));
        assertThat(problems).contains("5", "公开日期");
        assertThat(user.browser.findElements(By.xpath("//*[@id='import-problems']/vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList()).contains("5", "公开日期");
        user.shot("records-1-refused");
        assertThat(listed(PREFIX)).isEmpty();

        // the corrected file: twelve imported, two late
        user.open("/disclosure/records/import");
        upload(csv(false));
        user.waitForText(By.id("import-counts"), "已导入 12 条公开记录，其中 2 条逾期公开");
        user.shot("records-2-imported");
        user.click(By.id("import-show-late"));
        user.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("disclosure-records")));
        assertThat(user.attribute(By.id("record-late-filter"), "checked")).isEqualTo("true");
        user.wait.until(d -> d.findElements(By.cssSelector("#disclosure-records .record-late")).size() == 2);
        assertThat(user.browser.findElements(By.cssSelector("#disclosure-records .record-late")).stream()
                .map(WebElement::getText).toList()).allMatch(t -> t.startsWith("逾期公开"));
        assertThat(cells("disclosure-records")).contains(PREFIX + "行政许可决定01", PREFIX + "行政许可决定02")
                .noneMatch(t -> t.startsWith(PREFIX + "行政许可决定03"));
        user.shot("records-3-late");
        user.signOut();

        // the inspector sees 市民政局's October overdue and files it as a finding in one step
        user.signIn("inspector");
        user.open("/disclosure/monitor");
        String button = "to-finding-" + itemId + "-" + mzj + "-" + WATCHED_FROM;
        user.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(button)));
        assertThat(user.text(By.id("monitor-overdue-title"))).startsWith("逾期未公开");
        assertThat(cells("monitor-overdue")).anyMatch(t -> t.contains(itemBefore.title()));
        user.click(By.id(button));
        user.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#miss-finding-description textarea")));
        assertThat(user.attribute(By.cssSelector("#miss-finding-description textarea"), "value"))
                .contains("市民政局", "逾期");
        user.click(By.id("dialog-miss-finding-confirm"));
        user.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog-miss-finding")));
        String filed = "finding-of-" + itemId + "-" + mzj + "-" + WATCHED_FROM;
        user.waitForText(By.id(filed), "督查发现 JD-");
        user.shot("records-4-finding");
        user.signOut();

        // the handler opens the 2026 annual report: tables filled and balanced; writes section 五 and submits
        user.signIn("handler");
        user.open("/disclosure/reports");
        user.waitForText(By.id("annual-reports"), "盘锦市民政局");
        user.click(By.xpath("//*[@id='annual-reports']/vaadin-grid-cell-content[text()='盘锦市民政局']"));
        user.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-detail")));
        assertThat(user.text(By.id("report-title"))).contains("盘锦市民政局", "2026");
        assertThat(user.text(By.id("report-balance"))).contains("可以报送");
        assertThat(user.text(By.id("report-table-two"))).contains("行政许可");
        user.click(By.id("edit-five"));
        user.type(By.cssSelector("#report-section-text textarea"),
                "2026年本局主动公开存在个别行政许可决定未在7个工作日内公开的问题，已逐条补正并建立每周核对机制。");
        user.click(By.id("report-section-dialog-confirm"));
        user.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("report-section-dialog")));
        user.waitForText(By.id("report-section-five"), "每周核对机制");
        step("submit", "已报送");
        user.shot("records-5-submitted");
        user.signOut();

        // the office approves and publishes it
        user.signIn("inspector");
        user.open("/disclosure/reports?year=" + YEAR);
        user.waitForText(By.id("annual-reports"), "盘锦市民政局");
        user.click(By.xpath("//*[@id='annual-reports']/vaadin-grid-cell-content[text()='盘锦市民政局']"));
        user.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-detail")));
        step("approve", "已审核");
        step("publish", "已公开");
        user.signOut();

        // the public reads it and downloads the PDF and the tables as JSON
        user.open("/disclosure/annual-reports");
        user.click(By.id("annual-report-" + YEAR + "-MZJ"));
        user.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("annual-report-downloads")));
        assertThat(user.text(By.id("annual-report-title"))).contains("盘锦市民政局2026年政府信息公开工作年度报告");
        assertThat(user.text(By.id("annual-report-body"))).contains("每周核对机制");
        user.shot("records-6-public");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> pdf = get(http, user.attribute(By.id("annual-report-pdf"), "href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        String jsonUrl = user.attribute(By.id("annual-report-json"), "href");
        assertThat(jsonUrl).contains("/api/open/v1/annual-reports/" + YEAR + "/MZJ.json");
        HttpResponse<byte[]> json = get(http, jsonUrl);
        assertThat(json.statusCode()).isEqualTo(200);
        String body = new String(json.body(), StandardCharsets.UTF_8);
        assertThat(body).contains("盘锦市民政局", "\"year\":" + YEAR, "\"MZJ\"");
        assertThat(licensing(body)).isGreaterThanOrEqualTo(12);
    }

    /** December 2026's decisions: formed 1–14 December, ten published within 7 working days, two after it. */
    private Path csv(boolean withBadRow) throws Exception {
        StringBuilder s = new StringBuilder("\uFEFF标题,文号,类别,责任事项序号,形成或变更日期,公开日期,公开渠道,其他渠道名称,网址\r\n");
        for (int n = 1; n <= 12; n++) {
            LocalDate formed = LocalDate.of(2026, 12, n <= 2 ? n : n + 2);
            LocalDate published = n == 1 ? LocalDate.of(2026, 12, 21) // due 10 December
                    : n == 2 ? LocalDate.of(2026, 12, 22) // due 11 December
                    : formed.plusDays(1);
            if (withBadRow && n == 4) {
                published = formed.minusDays(2); // line 5: published before formed
            }
            s.append(String.format("%s行政许可决定%02d,盘民许〔2026〕%d号,行政许可,,%s,%s,政府网站,,https://mzj.panjin.gov.cn/xzxk/2026-12-%02d%n",
                    PREFIX, n, 900 + n, formed, published, n).replace("\n", "\r\n"));
        }
        Path file = Files.createTempFile("行政许可决定-2026年12月", ".csv");
        Files.writeString(file, s.toString(), StandardCharsets.UTF_8);
        files.add(file);
        return file;
    }

    private void upload(Path file) {
        WebElement input = user.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")))
                .getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toString());
    }

    /** The titles the records list shows for a search, as the handler sees it. */
    private List<String> listed(String search) {
        user.open("/disclosure/records");
        user.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("disclosure-records")));
        settled();
        user.type(By.cssSelector("#record-search input"), search + Keys.TAB);
        settled();
        return cells("disclosure-records").stream().filter(t -> t.startsWith(PREFIX)).toList();
    }

    /** Waits until the browser has no request to the server under way (the list refreshed after a search). */
    private void settled() {
        user.wait.until(d -> Boolean.TRUE.equals(user.browser.executeScript(
                "return !!window.Vaadin && !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive());")));
    }

    /** Each cell's first line: a list's title cell shows the title, and under it a line of facts. */
    private List<String> cells(String gridId) {
        return user.browser.findElements(By.xpath("//*[@id='" + gridId + "']/vaadin-grid-cell-content")).stream()
                .map(c -> c.getText().lines().findFirst().orElse("")).toList();
    }

    private void step(String action, String state) throws Exception {
        user.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-" + action)));
        // the actions stand at the top of the side column, scrolled out of the layout's view by the section above
        user.browser.executeScript("arguments[0].scrollIntoView({block: 'center'})",
                user.browser.findElement(By.id("action-" + action)));
        user.click(By.id("action-" + action));
        user.click(By.id("report-" + action + "-confirm"));
        user.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("report-" + action)));
        user.waitForText(By.id("report-detail"), state);
    }

    private static HttpResponse<byte[]> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Table two's licensing count in the open data. */
    private static int licensing(String json) {
        Matcher m = Pattern.compile("\"row\"\\s*:\\s*\"licensing\".*?\"value\"\\s*:\\s*(\\d+)", Pattern.DOTALL)
                .matcher(json);
        assertThat(m.find()).as("table two's licensing row in " + json).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private long mzj() {
        return context.getBean(DepartmentService.class).byCode("MZJ").orElseThrow().id();
    }

    private SignedInUser admin() {
        var u = context.getBean(UserRepository.class).findByUsername("admin").orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }

    /** The records this journey imported and 市民政局's 2026 report with its editions and history. */
    private void clean() throws SQLException {
        DataSource ds = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        try (Connection c = ds.getConnection()) {
            long mzj = mzj();
            String reports = "SELECT id FROM annual_report WHERE year_no = " + YEAR + " AND department_id = " + mzj;
            update(c, "DELETE FROM annual_report_edition WHERE report_id IN (" + reports + ")");
            update(c, "DELETE FROM workflow_event WHERE machine = 'annualreport' AND record_id IN (" + reports + ")");
            update(c, "DELETE FROM annual_report WHERE year_no = " + YEAR + " AND department_id = " + mzj);
            try (PreparedStatement s = c.prepareStatement("DELETE FROM disclosure_record WHERE title LIKE ?")) {
                s.setString(1, PREFIX + "%");
                s.executeUpdate();
            }
        }
    }

    private static void update(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
