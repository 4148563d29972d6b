package org.sunshine.proactive;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import io.micronaut.context.ApplicationContext;
import org.sunshine.base.DomainException;
import org.sunshine.calendar.Warning;
import org.sunshine.directory.Cadence;
import org.sunshine.finding.FindingQueries;
import org.sunshine.finding.FindingRow;
import org.sunshine.finding.FindingService;
import org.sunshine.finding.IssueType;
import org.sunshine.finding.NewFinding;
import org.sunshine.finding.Severity;
import org.sunshine.security.SignedInUser;
import org.sunshine.testing.MutableClock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The monitor against the database on 20 November 2026: a quarterly item led by two departments, one of which
 * published in Q3 and one which did not; late records; the one-step finding of each, refused the second time; a
 * supervisor's finding with a record attached. Each test is rolled back.
 */
@MicronautTest(startApplication = false)
class MonitorTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-20T02:00:00Z"); // Friday 20 November, 10:00

    @Inject
    ApplicationContext context;
    @Inject
    CadenceWatch watch;
    @Inject
    LateRecords lateRecords;
    @Inject
    MissFindings missFindings;
    @Inject
    FindingQueries findings;
    @Inject
    FindingService findingService;

    private MonitorFixture fixture;
    private SignedInUser inspector;
    private long item;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    /** Called first in each test, inside its transaction (a {@code @BeforeEach} runs outside it and is kept). */
    private void quarterlyItem() {
        fixture = new MonitorFixture(context);
        inspector = fixture.user("inspector");
        item = fixture.item(91, "测试季度统计公开", Cadence.QUARTERLY, LocalDate.of(2026, 7, 1), "MZJ", "CZJ");
        fixture.record("MZJ", item, "2026年第三季度民政统计数据", "", RecordCategory.STATISTICS,
                LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 10));
    }

    @Test
    void aWindowWithNoRecordIsOverdueForTheLeadDepartmentThatMissedIt() {
        quarterlyItem();
        List<CadenceWatch.Miss> mine = mine(watch.misses(null, inspector));
        assertThat(mine).singleElement().satisfies(m -> {
            assertThat(m.departmentId()).isEqualTo(fixture.department("CZJ"));
            assertThat(m.windowStart()).isEqualTo(LocalDate.of(2026, 7, 1));
            assertThat(m.windowEnd()).isEqualTo(LocalDate.of(2026, 9, 30));
            assertThat(m.warning()).isEqualTo(Warning.RED);
            assertThat(m.dueOn()).isBefore(LocalDate.of(2026, 11, 20));
            assertThat(m.days()).isPositive();
            assertThat(m.last()).as("市财政局 has no record of it").isNull();
            assertThat(m.findingId()).isNull();
        });
        fixture.record("CZJ", item, "2026年第一季度财政资金使用情况", "盘财〔2026〕9号", RecordCategory.BUDGET,
                LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 8));
        assertThat(mine(watch.misses(null, inspector))).as("published in May, before the watch started: Q3 stays overdue")
                .singleElement().satisfies(m -> assertThat(m.last().title()).isEqualTo("2026年第一季度财政资金使用情况"));
        assertThat(mine(watch.misses(fixture.department("MZJ"), inspector))).as("市民政局 published in Q3").isEmpty();

        SignedInUser handler = fixture.user("handler"); // 市民政局
        assertThat(mine(watch.misses(fixture.department("CZJ"), handler))).as("a handler sees their own department's")
                .isEmpty();
        assertThatThrownBy(() -> watch.misses(null, fixture.user("supervisor"))).isInstanceOf(DomainException.class);
    }

    @Test
    void anOverdueWindowBecomesOneFindingOnly() {
        quarterlyItem();
        long czj = fixture.department("CZJ");
        CadenceWatch.Miss miss = mine(watch.misses(null, inspector)).get(0);
        String draft = missFindings.draft(miss);
        assertThat(draft).contains("市财政局", "测试季度统计公开", "每季度", "2026年第3季度", "无公开记录");

        assertThatThrownBy(() -> missFindings.fileWindow(item, czj, miss.windowStart(), Severity.MAJOR, draft,
                fixture.user("handler"))).as("only an inspector").isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> missFindings.fileWindow(item, czj, miss.windowStart(), null, draft, inspector))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("severity"));
        long id = missFindings.fileWindow(item, czj, miss.windowStart(), Severity.MAJOR, draft, inspector);

        FindingRow row = findings.detail(id, inspector).row();
        assertThat(row.departmentId()).isEqualTo(czj);
        assertThat(row.issueType()).isEqualTo(IssueType.NOT_DISCLOSED);
        assertThat(row.severity()).isEqualTo(Severity.MAJOR);
        assertThat(row.itemName()).contains("测试季度统计公开");
        assertThat(row.description()).isEqualTo(draft);
        assertThat(mine(watch.misses(null, inspector))).singleElement()
                .satisfies(m -> assertThat(m.findingId()).isEqualTo(id));

        assertThatThrownBy(() -> missFindings.fileWindow(item, czj, miss.windowStart(), Severity.MINOR, draft, inspector))
                .as("the same miss twice").isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("proactive.monitor.error.filed");
                    assertThat(e.args()).as("the finding named by its reference").containsExactly(row.reference());
                });
        assertThatThrownBy(() -> missFindings.fileWindow(item, fixture.department("MZJ"), miss.windowStart(),
                Severity.MINOR, draft, inspector)).as("市民政局 published: nothing to file")
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proactive.monitor.error.notOverdue"));
    }

    @Test
    void aLateRecordIsListedAndBecomesOneFindingWithTheRecordAttached() {
        quarterlyItem();
        long late = fixture.record("MZJ", null, "对某企业的行政处罚决定", "盘民罚〔2026〕3号", RecordCategory.PENALTY,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20));
        long onTime = fixture.record("MZJ", null, "对另一企业的行政处罚决定", "盘民罚〔2026〕4号", RecordCategory.PENALTY,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5));
        long lastYear = fixture.record("MZJ", null, "2025年的行政处罚决定", "", RecordCategory.PENALTY,
                LocalDate.of(2025, 6, 2), LocalDate.of(2025, 7, 1));
        long elsewhere = fixture.record("CZJ", null, "财政局的行政处罚决定", "", RecordCategory.PENALTY,
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 6));

        LateRecords.Filter year = new LateRecords.Filter(2026, null);
        assertThat(ids(lateRecords.page(year, inspector, 0, 100))).contains(late, elsewhere)
                .doesNotContain(onTime, lastYear);
        assertThat(ids(lateRecords.page(new LateRecords.Filter(2025, null), inspector, 0, 100))).contains(lastYear);
        SignedInUser handler = fixture.user("handler");
        assertThat(ids(lateRecords.page(year, handler, 0, 100))).as("市民政局's handler").contains(late)
                .doesNotContain(elsewhere);
        assertThat(lateRecords.count(new LateRecords.Filter(2026, fixture.department("CZJ")), handler))
                .as("a handler's own department whatever they ask").isEqualTo(lateRecords.count(year, handler));
        LateRecords.LateRow row = lateRecords.page(year, inspector, 0, 100).stream()
                .filter(r -> r.recordId() == late).findFirst().orElseThrow();
        // formed Monday 2 March: 7 working days end Wednesday 11 March; published Friday 20 March, 7 working days late
        assertThat(row.dueOn()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(row.daysLate()).isEqualTo(7);

        long id = missFindings.fileLate(late, Severity.MINOR, missFindings.draft(row), inspector);
        var detail = findings.detail(id, inspector);
        assertThat(detail.row().issueType()).isEqualTo(IssueType.LATE);
        assertThat(detail.record()).isNotNull();
        assertThat(detail.record().id()).isEqualTo(late);
        assertThat(detail.record().late()).isTrue();
        assertThat(detail.row().description()).contains("盘民罚〔2026〕3号", "2026年3月11日", "2026年3月20日", "晚7个工作日");
        assertThat(lateRecords.page(year, inspector, 0, 100)).filteredOn(r -> r.recordId() == late)
                .singleElement().satisfies(r -> assertThat(r.findingId()).isEqualTo(id));
        assertThatThrownBy(() -> missFindings.fileLate(late, Severity.MINOR, "再次", inspector))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proactive.monitor.error.filed"));
        assertThatThrownBy(() -> missFindings.fileLate(onTime, Severity.MINOR, "按时的", inspector))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proactive.monitor.error.notLate"));
    }

    @Test
    void aSupervisorAttachesARecordOfTheDepartmentOnly() {
        quarterlyItem();
        SignedInUser supervisor = fixture.user("supervisor"); // 市民政局 in scope
        long mzj = fixture.department("MZJ");
        long own = fixture.record("MZJ", null, "城乡低保对象名单", "", RecordCategory.LIVELIHOOD,
                LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 12));
        long other = fixture.record("CZJ", null, "财政预算公开", "", RecordCategory.BUDGET,
                LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 12));
        Long area = context.getBean(org.sunshine.directory.KeyAreaService.class).list(false).stream()
                .filter(a -> a.code().equals("SHJZ")).findFirst().orElseThrow().id();

        assertThatThrownBy(() -> findingService.file(new NewFinding(mzj, IssueType.INCOMPLETE, area, null,
                "名单缺少发放金额", null, Severity.MINOR, List.of(), other), supervisor))
                .as("another department's record").isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.field()).isEqualTo("disclosureRecordId"));
        long id = findingService.file(new NewFinding(mzj, IssueType.INCOMPLETE, area, null, "名单缺少发放金额", null,
                Severity.MINOR, List.of(), own), supervisor);
        var detail = findings.detail(id, supervisor);
        assertThat(detail.record()).as("the record is the evidence").isNotNull();
        assertThat(detail.record().title()).isEqualTo("城乡低保对象名单");
        assertThat(detail.evidence()).isEmpty();
        assertThat(detail.evidenceUrl()).isNull();
    }

    @Test
    void theRecordPickerSearchesTheDepartmentsRecordsByTitleOrNumber() {
        quarterlyItem();
        fixture.record("MZJ", null, "城乡低保对象名单", "盘民〔2026〕12号", RecordCategory.LIVELIHOOD,
                LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 12));
        fixture.record("CZJ", null, "城乡低保资金分配", "", RecordCategory.BUDGET,
                LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 12));
        var search = context.getBean(org.sunshine.finding.LinkedRecord.Search.class);
        long mzj = fixture.department("MZJ");
        assertThat(search.search(mzj, "低保", 0, 50)).extracting(c -> c.title()).containsExactly("城乡低保对象名单");
        assertThat(search.search(mzj, "〔2026〕12", 0, 50)).extracting(c -> c.docNumber()).containsExactly("盘民〔2026〕12号");
        assertThat(search.search(mzj, "", 0, 50)).extracting(c -> c.title()).as("newest published first")
                .startsWith("城乡低保对象名单");
        assertThat(search.search(mzj, "%", 0, 50)).as("a wildcard is no wildcard").hasSize(search.search(mzj, "", 0, 50).size());
    }

    private List<CadenceWatch.Miss> mine(List<CadenceWatch.Miss> all) {
        return all.stream().filter(m -> m.itemId() == item).toList();
    }

    private static List<Long> ids(List<LateRecords.LateRow> rows) {
        return rows.stream().map(LateRecords.LateRow::recordId).toList();
    }
}
