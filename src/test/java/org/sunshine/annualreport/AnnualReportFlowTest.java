package org.sunshine.annualreport;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.files.StoredFile;
import org.sunshine.base.i18n.Text;
import org.sunshine.calendar.Warning;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.inforequest.Organs;
import org.sunshine.inforequest.RequestYearFigures;
import org.sunshine.report.ReportFormat;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.testing.MutableClock;
import org.sunshine.workflow.Step;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The annual reports of 2023 (no demo data and no other test use that year) against hand-built applications,
 * remedies and records, with the clock set in early 2024 and the document faked (its bytes name the edition): the
 * tables are {@link RequestYearFigures}' and {@link org.sunshine.proactive.RecordYearFigures}', the government's the
 * sum of every organ; submitting is refused while table 三 does not balance; publishing freezes an edition that the
 * data changed afterwards does not touch; a correction makes edition 2 and keeps 1; the marks on given days. Each test
 * is rolled back.
 */
@MicronautTest(startApplication = false)
class AnnualReportFlowTest {

    private final MutableClock clock = MutableClock.shanghai("2024-01-10T02:00:00Z");

    @Inject
    AnnualReports reports;
    @Inject
    ReportSteps steps;
    @Inject
    ReportEditions editions;
    @Inject
    ReportTables tables;
    @Inject
    RequestYearFigures figures;
    @Inject
    Organs organs;
    @Inject
    DepartmentService departments;
    @Inject
    UserRepository users;
    @Inject
    JdbcOperations jdbc;
    @Inject
    ReportEditionRepository editionRows;

    private HandBuilt data;
    private long mzj;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @MockBean(ReportDocument.class)
    ReportDocument document() {
        return new ReportDocument(null, null) {
            @Override
            public byte[] render(ReportContent content, ReportFormat format) {
                return (format.name() + " " + content.organName() + " " + content.year() + " edition "
                        + content.edition() + " licensing " + content.two().licensing())
                        .getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    @BeforeEach
    void data() {
        data = new HandBuilt(jdbc, departments);
        mzj = data.department("MZJ");
    }

    private SignedInUser staff(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }

    private void on(String instant) {
        clock.set(Instant.parse(instant));
    }

    /** 市民政局's 2023: received, carried in from 2022, carried into 2024, a remedy; one licence and a fee record. */
    private void mzj2023() {
        long a = data.request(mzj, false, "PERSON", null, "2023-03-01", "2023-03-20", "REPLIED", "DISCLOSED",
                "30.00", "2023-03-10");
        data.request(mzj, false, "ORGANIZATION", "BUSINESS", "2022-12-20", "2023-01-15", "REPLIED", "PARTIAL");
        data.request(mzj, false, "PERSON", null, "2023-12-28", null, "REGISTERED", null);
        data.remedy(a, "REVIEW", "2023-05-01", "MAINTAINED", "2023-07-01");
        data.record(mzj, "LICENSING", "2023-04-01", null, null);
        data.record(mzj, "FEE", "2023-04-01", null, "25000.00");
    }

    private static List<List<Long>> rows(RequestYearFigures.TableThree t) {
        List<long[]> rows = new ArrayList<>(List.of(t.received(), t.carried()));
        rows.addAll(List.of(t.results()));
        rows.add(t.finished());
        rows.add(t.carriedOver());
        return rows.stream().map(r -> java.util.Arrays.stream(r).boxed().toList()).toList();
    }

    @Test
    void theTablesAreTheFiguresOfTheDataAndTheGovernmentsTheSumOfEveryOrgan() {
        mzj2023();
        String otherCode = departments.active().stream().map(DepartmentRow::code)
                .filter(c -> !c.equals("MZJ") && !c.equals(data.officeCode())).findFirst().orElseThrow();
        long other = data.department(otherCode);
        long b = data.request(other, false, "ORGANIZATION", "RESEARCH", "2023-06-01", "2023-06-20", "REPLIED",
                "NOT_HELD");
        data.remedy(b, "SUIT_DIRECT", "2023-08-01", "OTHER", null);
        data.request(data.office(), true, "PERSON", null, "2023-07-01", "2023-07-15", "REPLIED", "DISCLOSED");
        data.record(other, "LICENSING", "2023-05-01", null, null);

        ReportTables.Tables t = tables.of(mzj, false, 2023);
        assertThat(t.threeRows()).hasSize(25).allSatisfy(row -> assertThat(row).hasSize(7));
        assertThat(t.threeRows()).isEqualTo(rows(figures.tableThree(mzj, false, 2023)));
        assertThat(t.threeRows().get(ReportTables.RECEIVED)).containsExactly(2L, 0L, 0L, 0L, 0L, 0L, 2L);
        assertThat(t.threeRows().get(ReportTables.CARRIED).get(6)).isEqualTo(1L);
        assertThat(t.fourRow()).hasSize(15).containsExactly(1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(t.two().licensing()).isEqualTo(1);
        assertThat(t.two().feesTenThousandYuan()).isEqualByComparingTo("2.5000");
        assertThat(t.unbalancedColumn()).isEqualTo(-1);

        ReportTables.Tables gov = tables.of(data.office(), true, 2023);
        long[][] sum = new long[25][7];
        long[] four = new long[15];
        for (DepartmentRow d : departments.all()) {
            add(sum, four, rows(figures.tableThree(d.id(), false, 2023)), figures.tableFour(d.id(), false, 2023));
        }
        add(sum, four, rows(figures.tableThree(data.office(), true, 2023)), figures.tableFour(data.office(), true, 2023));
        for (int r = 0; r < 25; r++) {
            assertThat(gov.threeRows().get(r)).as("row " + r)
                    .containsExactlyElementsOf(java.util.Arrays.stream(sum[r]).boxed().toList());
        }
        assertThat(gov.fourRow()).containsExactlyElementsOf(java.util.Arrays.stream(four).boxed().toList());
        assertThat(gov.threeRows().get(ReportTables.RECEIVED).get(6)).as("MZJ's 2, the other's 1, the government's 1")
                .isGreaterThanOrEqualTo(4L);
        assertThat(gov.fourRow().get(8)).as("the lawsuit pending at the year's end").isGreaterThanOrEqualTo(1L);
        assertThat(gov.two().licensing()).isGreaterThanOrEqualTo(2);

        var all = tables.all(2023, organs.all());
        assertThat(all.get(Organs.GOVERNMENT)).isEqualTo(gov);
        assertThat(all.get(String.valueOf(mzj))).isEqualTo(t);
    }

    private static void add(long[][] sum, long[] four, List<List<Long>> three, RequestYearFigures.TableFour byKind) {
        for (int r = 0; r < 25; r++) {
            for (int c = 0; c < 7; c++) {
                sum[r][c] += three.get(r).get(c);
            }
        }
        int i = 0;
        for (long[] kind : byKind.byKind()) {
            for (long n : kind) {
                four[i++] += n;
            }
        }
    }

    @Test
    void submittingIsRefusedWhileTableThreeDoesNotBalanceAndSaysWhichColumn() {
        mzj2023();
        // closed in the year without a result: counted as received, neither finished nor carried over
        data.request(mzj, false, "ORGANIZATION", "RESEARCH", "2023-05-01", "2023-05-10", "REPLIED", null);
        SignedInUser handler = staff("handler");
        long id = reports.open(2023, String.valueOf(mzj), handler);
        ReportDetail d = reports.detail(id, handler);
        assertThat(d.unbalancedColumn()).isEqualTo(2);

        assertThatThrownBy(() -> steps.submit(id, handler)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("annualreport.error.unbalanced");
            assertThat(((Text) e.args()[0]).key()).isEqualTo("annualreport.three.column.2");
            assertThat(e.args()).containsSubsequence("1", "0", "0", "0");
        });
        assertThat(reports.detail(id, handler).report().getState()).isEqualTo(ReportState.DRAFT);
        assertThat(reports.detail(id, handler).steps()).extracting(Step::action).containsExactly(ReportAction.OPEN);
    }

    @Test
    void publishingFreezesAnEditionAndACorrectionMakesTheNextKeepingTheFirst() {
        mzj2023();
        SignedInUser handler = staff("handler");
        SignedInUser inspector = staff("inspector");
        long id = reports.open(2023, String.valueOf(mzj), handler);
        assertThat(reports.open(2023, String.valueOf(mzj), inspector)).as("opened once").isEqualTo(id);

        ReportDetail draft = reports.detail(id, handler);
        assertThat(draft.frozen()).isFalse();
        assertThat(draft.editable()).isTrue();
        assertThat(draft.actions()).containsExactly(ReportAction.SUBMIT);
        assertThat(draft.content().sectionOne()).contains("2023年").contains("新收政府信息公开申请2件")
                .contains("上年结转1件").contains("行政许可1条");
        assertThat(draft.content().sectionSix()).contains("收取信息处理费1件，共计30.00元");
        assertThat(draft.content().sectionFive()).contains("（一）存在的主要问题").contains("（二）改进情况");
        assertThat(reports.detail(id, inspector).actions()).as("nothing for the office in a draft").isEmpty();

        assertThatThrownBy(() -> reports.saveSection(id, ReportSection.FIVE, "旧版本", draft.report().getVersion() - 1,
                handler)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.changedMeanwhile"));
        reports.saveSection(id, ReportSection.FIVE, "（一）存在的主要问题\n无。", draft.report().getVersion(), handler);
        assertThatThrownBy(() -> reports.saveSection(id, ReportSection.ONE, "x", 0, inspector))
                .as("the office does not write the organ's text").isInstanceOf(DomainException.class);

        assertThatThrownBy(() -> steps.approve(id, inspector)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("workflow.error.refused"));
        steps.submit(id, handler);
        assertThatThrownBy(() -> steps.returnReport(id, "  ", inspector)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.field()).isEqualTo("reason"));
        steps.returnReport(id, "第五部分请写明整改措施。", inspector);
        ReportDetail returned = reports.detail(id, handler);
        assertThat(returned.report().getState()).isEqualTo(ReportState.RETURNED);
        assertThat(returned.report().getReturnReason()).isEqualTo("第五部分请写明整改措施。");
        steps.submit(id, handler);
        steps.approve(id, inspector);
        on("2024-01-20T02:00:00Z");
        assertThat(steps.publish(id, handler)).isEqualTo(1);

        ReportDetail published = reports.detail(id, inspector);
        assertThat(published.frozen()).isTrue();
        assertThat(published.content().edition()).isEqualTo(1);
        assertThat(published.content().publishedOn()).isEqualTo(java.time.LocalDate.parse("2024-01-20"));
        assertThat(published.content().sectionFive()).isEqualTo("（一）存在的主要问题\n无。");
        assertThat(published.content().two().licensing()).isEqualTo(1);
        EditionInfo first = published.editions().get(0);
        StoredFile pdf = editions.file(id, 1, ReportFormat.PDF);
        assertThat(new String(pdf.content(), StandardCharsets.UTF_8)).isEqualTo("PDF 盘锦市民政局 2023 edition 1 licensing 1");
        assertThat(Attachments.sha256(pdf.content())).isEqualTo(first.pdfSha256());
        assertThat(pdf.fileName()).isEqualTo("盘锦市民政局2023年政府信息公开工作年度报告（第1版）.pdf");
        assertThat(Attachments.sha256(editions.file(id, 1, ReportFormat.DOCX).content())).isEqualTo(first.docxSha256());
        String json = editionRows.findByReportIdAndEdition(id, 1).orElseThrow().contentJson();
        assertThat(json).as(json).contains("\"organName\":\"盘锦市民政局\"").contains("\"publishedOn\":\"2024-01-20\"")
                .contains("\"licensing\":1").contains("\"feesTenThousandYuan\":2.5");

        // the data changes after publication: the published edition does not
        data.record(mzj, "LICENSING", "2023-09-01", null, null);
        data.request(mzj, false, "PERSON", null, "2023-10-01", "2023-10-09", "REPLIED", "DISCLOSED");
        assertThat(reports.detail(id, handler).content().two().licensing()).isEqualTo(1);
        assertThat(reports.detail(id, handler).content().threeRows().get(0).get(6)).isEqualTo(2L);
        assertThat(editions.content(id, 1).two().licensing()).isEqualTo(1);
        assertThatThrownBy(() -> reports.saveSection(id, ReportSection.ONE, "x",
                reports.detail(id, handler).report().getVersion(), handler)).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("annualreport.error.notEditable"));

        assertThatThrownBy(() -> steps.correct(id, "", handler)).isInstanceOf(DomainException.class);
        steps.correct(id, "补录 9 月的行政许可决定。", handler);
        ReportDetail correcting = reports.detail(id, handler);
        assertThat(correcting.report().getState()).isEqualTo(ReportState.DRAFT);
        assertThat(correcting.frozen()).isFalse();
        assertThat(correcting.content().two().licensing()).as("live again").isEqualTo(2);
        ReportRow row = reports.list(2023, handler).stream().filter(r -> r.organKey().equals(String.valueOf(mzj)))
                .findFirst().orElseThrow();
        assertThat(row.correcting()).isTrue();
        assertThat(row.edition()).isEqualTo(1);
        assertThat(editions.published(2023)).extracting(ReportEditions.Published::reportId).contains(id);

        steps.submit(id, handler);
        steps.approve(id, inspector);
        assertThat(steps.publish(id, inspector)).as("the office may publish too").isEqualTo(2);
        ReportContent second = editions.content(id, 2);
        assertThat(second.reason()).isEqualTo("补录 9 月的行政许可决定。");
        assertThat(second.two().licensing()).isEqualTo(2);
        assertThat(second.threeRows().get(0).get(6)).isEqualTo(3L);
        assertThat(editions.content(id, 1).two().licensing()).as("edition 1 kept as it was").isEqualTo(1);
        assertThat(new String(editions.file(id, 1, ReportFormat.PDF).content(), StandardCharsets.UTF_8))
                .endsWith("edition 1 licensing 1");
        assertThat(editions.editions(id)).extracting(EditionInfo::edition).containsExactly(2, 1);
        assertThat(reports.detail(id, handler).steps()).extracting(Step::action).containsExactly(ReportAction.OPEN,
                ReportAction.SUBMIT, ReportAction.RETURN, ReportAction.SUBMIT, ReportAction.APPROVE,
                ReportAction.PUBLISH, ReportAction.CORRECT, ReportAction.SUBMIT, ReportAction.APPROVE,
                ReportAction.PUBLISH);
    }

    @Test
    void theOfficeSeesTheMarksOnTheDaysTheyChange() {
        SignedInUser inspector = staff("inspector");
        on("2024-01-10T02:00:00Z");
        assertThat(mark(2023, String.valueOf(mzj), inspector)).isEqualTo(Warning.NONE);
        on("2024-01-16T02:00:00Z");
        assertThat(mark(2023, String.valueOf(mzj), inspector)).as("15 days before 31 January").isEqualTo(Warning.YELLOW);
        assertThat(mark(2023, Organs.GOVERNMENT, inspector)).isEqualTo(Warning.NONE);
        int opened = reports.openYear(2023, inspector);
        assertThat(opened).isEqualTo(organs.all().size());
        assertThat(reports.openYear(2023, inspector)).isZero();
        assertThat(reports.list(2023, inspector)).hasSize(organs.all().size()).allSatisfy(r -> {
            assertThat(r.id()).isNotNull();
            assertThat(r.state()).isEqualTo(ReportState.DRAFT);
        });
        long id = reports.open(2023, String.valueOf(mzj), inspector);
        steps.submit(id, staff("handler"));
        assertThat(mark(2023, String.valueOf(mzj), inspector)).as("submitted").isEqualTo(Warning.NONE);
        on("2024-02-01T02:00:00Z");
        assertThat(mark(2023, String.valueOf(mzj), inspector)).as("not published by 31 January").isEqualTo(Warning.RED);
        assertThat(mark(2023, Organs.GOVERNMENT, inspector)).isEqualTo(Warning.NONE);
        steps.approve(id, inspector);
        steps.publish(id, inspector);
        assertThat(mark(2023, String.valueOf(mzj), inspector)).isEqualTo(Warning.NONE);
        on("2024-04-01T02:00:00Z");
        assertThat(mark(2023, Organs.GOVERNMENT, inspector)).isEqualTo(Warning.RED);
        assertThatThrownBy(() -> reports.openYear(2025, inspector)).as("a year not begun")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("annualreport.error.year"));
    }

    @Test
    void aHandlerSeesTheirOwnOrgansReportTheOfficeCompilesTheGovernments() {
        SignedInUser handler = staff("handler");
        SignedInUser inspector = staff("inspector");
        assertThat(reports.list(2023, handler)).extracting(ReportRow::organKey).containsExactly(String.valueOf(mzj));
        assertThat(reports.list(2023, inspector)).extracting(ReportRow::organKey).first().isEqualTo(Organs.GOVERNMENT);
        assertThatThrownBy(() -> reports.open(2023, Organs.GOVERNMENT, handler)).isInstanceOf(DomainException.class);

        long government = reports.open(2023, Organs.GOVERNMENT, inspector);
        ReportDetail d = reports.detail(government, inspector);
        assertThat(d.content().government()).isTrue();
        assertThat(d.content().organName()).isEqualTo("盘锦市人民政府");
        assertThat(d.content().sectionOne()).contains("市政府及其各部门");
        assertThat(d.content().sectionSix()).contains("（二）政务公开考核评估情况").contains("（三）通报和责任追究情况");
        assertThat(d.editable()).as("the office writes the government's report").isTrue();
        assertThat(d.actions()).containsExactly(ReportAction.SUBMIT);
        assertThatThrownBy(() -> reports.detail(government, handler)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.notAllowed"));
        assertThatThrownBy(() -> steps.submit(government, handler)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> reports.openYear(2023, handler)).isInstanceOf(DomainException.class);

        reports.saveSection(government, ReportSection.SIX, "（一）无。", d.report().getVersion(), inspector);
        steps.submit(government, inspector);
        steps.approve(government, inspector);
        assertThat(reports.detail(government, inspector).steps()).extracting(Step::actor)
                .containsExactly(org.sunshine.workflow.Actor.INSPECTOR, org.sunshine.workflow.Actor.HANDLER,
                        org.sunshine.workflow.Actor.INSPECTOR);

        long mzjReport = reports.open(2023, String.valueOf(mzj), inspector);
        assertThatThrownBy(() -> steps.submit(mzjReport, inspector)).as("a department's report is its own to submit")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.notAllowed"));
    }

    private Warning mark(int year, String organKey, SignedInUser viewer) {
        return reports.list(year, viewer).stream().filter(r -> r.organKey().equals(organKey)).findFirst()
                .orElseThrow().warning();
    }
}
