package org.sunshine.proactive;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditEntry;
import org.sunshine.audit.AuditRepository;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Messages;
import org.sunshine.directory.ResponsibilityRow;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.security.SignedInUser;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Importing records from a spreadsheet, the whole file or nothing: good CSV and XLSX files are written with their
 * late count; a file with any bad line is refused, every problem named by its line (the header is line 1) and column,
 * with nothing written; Excel's GB18030 CSV is read; a missing column, a repeated line, a file imported twice, too
 * many lines are refused. Every test is rolled back.
 */
@MicronautTest(startApplication = false)
class RecordImportTest {

    static final String HEADER = "标题,文号,类别,责任事项序号,形成或变更日期,公开日期,公开渠道,其他渠道名称,网址,施行日期,废止日期,收费金额（元）";

    @Inject
    ApplicationContext context;
    @Inject
    RecordImport imports;
    @Inject
    RecordQueries queries;
    @Inject
    AuditRepository audit;
    @Inject
    Messages messages;

    private SignedInUser handler() {
        return new RecordFixture(context).user("handler");
    }

    private long mzj() {
        return new RecordFixture(context).department("MZJ");
    }

    private long count(String text) {
        return queries.count(new RecordFilter(mzj(), null, null, null, null, false, null, text, null), handler());
    }

    static byte[] csv(Charset charset, boolean bom, String... lines) {
        String text = String.join("\r\n", lines) + "\r\n";
        byte[] body = text.getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    @Test
    void aGoodCsvIsImportedWithItsLateCount() {
        int imported = audit.findByActionOrderByIdDesc(AuditAction.DISCLOSURE_RECORDS_IMPORTED).size();
        byte[] file = csv(StandardCharsets.UTF_8, true, HEADER,
                "关于准予导入测试甲养老机构设立许可的决定,盘民许〔2026〕101号,行政许可,,2026-09-28,2026-10-13,政府网站,,https://www.panjin.gov.cn/mzj/101.html,,,",
                "关于准予导入测试乙养老机构设立许可的决定,盘民许〔2026〕102号,行政许可,,2026/9/28,2026/10/14,政府网站,,https://www.panjin.gov.cn/mzj/102.html,,,",
                "导入测试殡葬服务收费公示,,行政事业性收费,,2026年9月1日,2026-09-10,公开栏,,,,,\"1,280.50\"",
                "",
                "导入测试盘锦市养老服务条例实施办法,盘民规〔2026〕1号,NORMATIVE,,2026-03-02,2026-03-20,其他,市民政局服务大厅,,2026-04-01,,");
        ImportResult result = imports.importFile("许可决定.csv", file, mzj(), handler());

        assertThat(result.problems()).isEmpty();
        assertThat(result.imported()).isTrue();
        assertThat(result.rows()).isEqualTo(4);
        assertThat(result.late()).as("乙 was published a working day after its 7").isEqualTo(1);
        List<RecordRow> rows = queries.search(new RecordFilter(null, null, null, null, null, false, null, null,
                result.batch()), handler(), 0, 10);
        assertThat(rows).hasSize(4);
        assertThat(rows).filteredOn(RecordRow::late).extracting(RecordRow::title)
                .containsExactly("关于准予导入测试乙养老机构设立许可的决定");
        RecordRow fee = rows.stream().filter(r -> r.category() == RecordCategory.FEE).findFirst().orElseThrow();
        assertThat(fee.channel()).isEqualTo(Channel.NOTICE_BOARD);
        DisclosureRecord stored = context.getBean(Records.class).find(fee.id()).orElseThrow();
        assertThat(stored.getFeeAmount()).isEqualByComparingTo("1280.50");
        assertThat(stored.getCreatedBy()).isEqualTo(handler().id());
        assertThat(stored.getCreatedAt()).isCloseTo(java.time.Instant.now(), within(2, ChronoUnit.MINUTES));
        DisclosureRecord normative = context.getBean(Records.class).find(rows.stream()
                .filter(r -> r.category() == RecordCategory.NORMATIVE).findFirst().orElseThrow().id()).orElseThrow();
        assertThat(normative.getIssuedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(normative.getChannelNote()).isEqualTo("市民政局服务大厅");

        List<AuditEntry> entries = audit.findByActionOrderByIdDesc(AuditAction.DISCLOSURE_RECORDS_IMPORTED);
        assertThat(entries).hasSize(imported + 1);
        assertThat(entries.get(0).targetId()).isEqualTo(result.batch());
        assertThat(entries.get(0).detail()).contains("4 records (1 late)", "许可决定.csv");
    }

    @Test
    void aGoodXlsxWithExcelDatesAndNumbersIsImported() throws IOException {
        ResponsibilityRow item = context.getBean(ResponsibilityService.class).list(false).get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("公开记录");
        String[] header = HEADER.split(",");
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
        }
        for (int i = 1; i <= 10; i++) {
            sheet.value(i, 0, "关于对导入测试商户" + i + "号作出行政处罚的决定");
            sheet.value(i, 1, "盘民罚〔2026〕" + i + "号");
            sheet.value(i, 2, "行政处罚");
            sheet.value(i, 3, item.seqNo());
            sheet.value(i, 4, LocalDate.of(2026, 9, 28));
            sheet.style(i, 4).format("yyyy-mm-dd").set();
            // the 8th and later are published on 15 October, after the 13 October deadline
            sheet.value(i, 5, LocalDate.of(2026, 10, i < 8 ? 12 : 15));
            sheet.style(i, 5).format("yyyy-mm-dd").set();
            sheet.value(i, 6, "政务新媒体");
            sheet.value(i, 8, "https://mp.weixin.qq.com/s/panjin-" + i);
        }
        workbook.finish();

        ImportResult result = imports.importFile("penalties.xlsx", out.toByteArray(), mzj(), handler());
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).isEqualTo(10);
        assertThat(result.late()).isEqualTo(3);
        List<RecordRow> rows = queries.search(new RecordFilter(null, RecordCategory.PENALTY, item.id(), null, null,
                true, null, "导入测试商户", result.batch()), handler(), 0, 50);
        assertThat(rows).hasSize(3).allSatisfy(r -> {
            assertThat(r.publishedOn()).isEqualTo(LocalDate.of(2026, 10, 15));
            assertThat(r.dueOn()).isEqualTo(LocalDate.of(2026, 10, 13));
            assertThat(r.lateDays()).isEqualTo(2);
            assertThat(r.itemSeqNo()).isEqualTo(item.seqNo());
        });
    }

    @Test
    void aFileWithABadLineIsRefusedWholeNamingEachLineAndColumn() {
        long before = count("导入测试");
        byte[] file = csv(StandardCharsets.UTF_8, false, HEADER,
                "关于准予导入测试丙许可的决定,,行政许可,,2026-09-28,2026-10-13,公开栏,,,,,",
                "关于准予导入测试丁许可的决定,,行政批复,,2026-13-45,2026-10-13,政府网站,,,,,",
                "关于准予导入测试戊许可的决定,,行政许可,999,2026-09-28,2026-09-01,政府网站,,https://x.gov.cn/1,,,");
        ImportResult result = imports.importFile("bad.csv", file, mzj(), handler());

        assertThat(result.imported()).isFalse();
        assertThat(result.rows()).isZero();
        assertThat(result.problems()).extracting(p -> p.line() + " " + messages.chinese(p.columnKey()) + " "
                + messages.getTranslation(p.messageKey(), Messages.CHINESE, p.args())).containsExactly(
                "3 类别 类别“行政批复”不在可选范围内，请按模板“填写说明”中的名称填写。",
                "3 形成或变更日期 无法识别日期“2026-13-45”，请写作 2026-03-05。",
                "3 网址 在政府网站或政务新媒体公开的，请填写网址。",
                "4 责任事项序号 责任分解表中没有序号为 999 的在用事项。",
                "4 公开日期 公开日期不能早于形成或变更日期。");
        assertThat(result.problemCount()).isEqualTo(5);
        assertThat(count("导入测试")).as("not even the good line 2 is written").isEqualTo(before);
        assertThat(messages.getTranslation(result.problems().get(0).messageKey(), Messages.ENGLISH,
                result.problems().get(0).args())).contains("The category \"行政批复\" is not one of those allowed");
    }

    @Test
    void aCsvSavedByExcelInChinaIsReadAsGb18030() {
        byte[] file = csv(Charset.forName("GB18030"), false, HEADER,
                "关于准予导入测试己许可的决定,盘民许〔2026〕201号,行政许可,,2026-09-28,2026-10-13,政府网站,,https://www.panjin.gov.cn/mzj/201.html,,,");
        ImportResult result = imports.importFile("gbk.csv", file, mzj(), handler());
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).isEqualTo(1);
        assertThat(queries.search(new RecordFilter(null, null, null, null, null, false, null, null, result.batch()),
                handler(), 0, 1).get(0).docNumber()).isEqualTo("盘民许〔2026〕201号");
    }

    @Test
    void aFileMissingARequiredColumnOrNotASpreadsheetIsRefused() {
        String noPublished = HEADER.replace(",公开日期", "");
        ImportResult missing = imports.importFile("x.csv", csv(StandardCharsets.UTF_8, true, noPublished,
                "关于准予导入测试庚许可的决定,,行政许可,,2026-09-28,公开栏,,,,,"), mzj(), handler());
        assertThat(missing.problems()).extracting(p -> p.line() + " " + p.messageKey())
                .containsExactly("1 proactive.import.error.missingColumn");
        assertThat(messages.chinese(missing.problems().get(0).messageKey(), missing.problems().get(0).args()))
                .isEqualTo("缺少必填的“公开日期”列。");

        ImportResult unknown = imports.importFile("x.csv", csv(StandardCharsets.UTF_8, true, HEADER + ",备注"),
                mzj(), handler());
        assertThat(unknown.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("proactive.import.error.unknownColumn");

        ImportResult english = imports.importFile("x.csv", csv(StandardCharsets.UTF_8, false,
                "Title,Category,Formed or changed on,Published on,Channel,URL",
                "Approval of the Sunshine home for the elderly (import test),LICENSING,2026-09-28,2026-10-13,WEBSITE,https://www.panjin.gov.cn/a.html"),
                mzj(), handler());
        assertThat(english.problems()).as("English labels and names are taken too").isEmpty();
        assertThat(english.rows()).isEqualTo(1);

        assertThat(imports.importFile("x.csv", csv(StandardCharsets.UTF_8, true, HEADER), mzj(), handler())
                .problems()).extracting(ImportProblem::messageKey).containsExactly("proactive.import.error.noRows");
        assertThat(imports.importFile("x.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), mzj(), handler())
                .problems()).extracting(ImportProblem::messageKey).containsExactly("proactive.import.error.type");
        assertThat(imports.importFile("x.xlsx", "not a zip".getBytes(StandardCharsets.US_ASCII), mzj(), handler())
                .problems()).extracting(ImportProblem::messageKey).containsExactly("proactive.import.error.unreadable");
        assertThat(imports.importFile("big.csv", new byte[RecordImport.MAX_BYTES + 1], mzj(), handler())
                .problems()).extracting(ImportProblem::messageKey).containsExactly("proactive.import.error.tooLarge");
    }

    @Test
    void aRepeatedLineAndAFileImportedTwiceAreRefused() {
        String line = "关于准予导入测试辛许可的决定,盘民许〔2026〕301号,行政许可,,2026-09-28,2026-10-13,公开栏,,,,,";
        ImportResult twice = imports.importFile("x.csv", csv(StandardCharsets.UTF_8, true, HEADER, line,
                line.replace("301号", "302号"), line), mzj(), handler());
        assertThat(twice.problems()).extracting(p -> p.line() + " " + p.messageKey() + " " + List.of(p.args()))
                .containsExactly("4 proactive.import.error.duplicateRow [2]");

        byte[] file = csv(StandardCharsets.UTF_8, true, HEADER, line, line.replace("301号", "302号"));
        assertThat(imports.importFile("x.csv", file, mzj(), handler()).rows()).isEqualTo(2);
        long after = count("导入测试辛");
        ImportResult again = imports.importFile("x.csv", file, mzj(), handler());
        assertThat(again.imported()).isFalse();
        assertThat(again.problems()).extracting(p -> p.line() + " " + p.messageKey()).containsExactly(
                "2 proactive.import.error.duplicateRecord", "3 proactive.import.error.duplicateRecord");
        assertThat(count("导入测试辛")).as("the annual report must not count them twice").isEqualTo(after);
    }

    @Test
    void aFileOfMoreThan50000LinesIsRefused() {
        String line = ",,行政许可,,2026-09-28,2026-10-13,公开栏,,,,,";
        String body = java.util.stream.IntStream.rangeClosed(1, RecordImport.MAX_ROWS + 1)
                .mapToObj(i -> "导入测试超限" + i + line).collect(Collectors.joining("\r\n"));
        byte[] file = (HEADER + "\r\n" + body).getBytes(StandardCharsets.UTF_8);
        ImportResult result = imports.importFile("many.csv", file, mzj(), handler());
        assertThat(result.imported()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("proactive.import.error.tooManyRows");
        assertThat(count("导入测试超限")).isZero();
    }

    @Test
    void onlyTheDepartmentsHandlerOrAnAdministratorImports() {
        RecordFixture f = new RecordFixture(context);
        byte[] file = csv(StandardCharsets.UTF_8, true, HEADER,
                "关于准予导入测试壬许可的决定,,行政许可,,2026-09-28,2026-10-13,公开栏,,,,,");
        for (String refused : List.of("inspector", "leader", RecordFixture.handlerOf(f.otherDepartment()))) {
            assertThatThrownBy(() -> imports.importFile("x.csv", file, mzj(), f.user(refused)))
                    .as(refused).isInstanceOf(DomainException.class).hasMessageContaining("error.notAllowed");
        }
        assertThat(imports.importFile("x.csv", file, mzj(), f.user("admin")).rows()).isEqualTo(1);
    }

    @Test
    void theTemplateHasTheHeaderAndItsRules() throws IOException {
        RecordTemplate template = context.getBean(RecordTemplate.class);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template.xlsx(Locale.CHINESE)))) {
            List<Row> data = workbook.getFirstSheet().read();
            assertThat(data.get(0).stream().map(c -> c.getText()).collect(Collectors.joining(",")))
                    .isEqualTo(HEADER);
            assertThat(data).hasSize(1);
            List<Row> rules = workbook.findSheet("填写说明").orElseThrow().read();
            String text = rules.stream().flatMap(Row::stream).filter(java.util.Objects::nonNull)
                    .map(c -> c.getText()).collect(Collectors.joining("|"));
            assertThat(text).contains("行政许可|7", "行政事业性收费|20", "政府网站|须填写网址", "新闻发布会", "收费金额（元）|选填");
        }
        assertThat(new String(template.csv(Locale.CHINESE), StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + HEADER + "\r\n");
        // a template imported empty says there is nothing in it
        assertThat(imports.importFile("t.xlsx", template.xlsx(Locale.ENGLISH), mzj(), handler()).problems())
                .extracting(ImportProblem::messageKey).containsExactly("proactive.import.error.noRows");
    }

    /** Run with -Dsunshine.bigImport=true: 50,000 lines of XLSX in under 30 s (the figure). */
    @Test
    @EnabledIfSystemProperty(named = "sunshine.bigImport", matches = "true")
    void fiftyThousandLinesOfXlsxInUnder30Seconds() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("公开记录");
        String[] header = HEADER.split(",");
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
        }
        for (int i = 1; i <= RecordImport.MAX_ROWS; i++) {
            sheet.value(i, 0, "关于准予盘锦市导入测试第" + i + "号食品经营许可的决定");
            sheet.value(i, 1, "盘民许〔2026〕" + i + "号");
            sheet.value(i, 2, i % 2 == 0 ? "行政许可" : "行政处罚");
            sheet.value(i, 4, LocalDate.of(2026, 1, 5).plusDays(i % 300));
            sheet.style(i, 4).format("yyyy-mm-dd").set();
            sheet.value(i, 5, LocalDate.of(2026, 1, 5).plusDays(i % 300 + i % 13));
            sheet.style(i, 5).format("yyyy-mm-dd").set();
            sheet.value(i, 6, "政府网站");
            sheet.value(i, 8, "https://www.panjin.gov.cn/xzxk/" + i + ".html");
            if (i % 7 == 0) {
                sheet.value(i, 11, BigDecimal.ZERO);
                sheet.value(i, 2, "行政事业性收费");
            }
        }
        workbook.finish();
        byte[] file = out.toByteArray();
        long start = System.nanoTime();
        ImportResult result = imports.importFile("big.xlsx", file, mzj(), handler());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BIG IMPORT: %d rows (%d late) of a %.1f MB XLSX in %.1f s%n", result.rows(),
                result.late(), file.length / 1e6, seconds);
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).isEqualTo(RecordImport.MAX_ROWS);
        assertThat(seconds).isLessThan(30);
    }
}
