package org.sunshine.assessment;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditRepository;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Messages;
import org.sunshine.directory.DepartmentRepository;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.testing.MutableClock;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.Step;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A period from creation to correction against the database, on a small indicator system whose results are worked
 * out by hand in the comments: five inspectors and a trimmed mean, a spread the lead inspector resolves, a capped
 * bonus, a veto, a tie sharing a rank, an indicator not rated whose points go to the rest of its category, an
 * objection upheld, the lock and a correction as a new revision. Each test is rolled back.
 */
@MicronautTest(startApplication = false)
class AssessmentFlowTest {

    /** Monday 7 April 2025, 10:00 in Beijing: the first quarter of 2025 is over, with no complaints in it. */
    private final MutableClock clock = MutableClock.shanghai("2025-04-07T02:00:00Z");

    @Inject
    IndicatorSystemService systems;
    @Inject
    PeriodSetup setup;
    @Inject
    PeriodAssignments assignments;
    @Inject
    PeriodRulings rulings;
    @Inject
    PeriodChecks checks;
    @Inject
    PeriodPublication publication;
    @Inject
    PeriodObjections objections;
    @Inject
    PeriodLocking locking;
    @Inject
    ScoreSheetService sheets;
    @Inject
    PeriodQueries queries;
    @Inject
    PeriodDetails details;
    @Inject
    DepartmentResults departmentResults;
    @Inject
    UserRepository users;
    @Inject
    DepartmentRepository departments;
    @Inject
    ScoreSheetRepository scoreSheets;
    @Inject
    AuditRepository audit;
    @Inject
    Messages messages;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    private SignedInUser lead;
    private List<SignedInUser> five;
    private long a1;
    private long a2;
    private long a3;
    private long b1;
    private long b2;
    private long b3;

    /*
     * 公开 (60): a1 MANUAL 20, a2 AUTO satisfaction 10 (no ratings in 2025 Q1: not rated), a3 DEDUCTION 2 per
     *            occurrence, at most 5
     * 办理 (40): b1 MANUAL 10, b2 BONUS 1 per occurrence, at most 2, b3 VETO
     */
    /** Called first by each test, inside its transaction, so that it is rolled back with the rest. */
    private void aSmallSystem() {
        SignedInUser admin = user("admin");
        long id = systems.create("季度考核测试体系", "", admin);
        long open = systems.saveCategory(id, new CategoryForm(null, "公开", new BigDecimal("60")), admin);
        long handle = systems.saveCategory(id, new CategoryForm(null, "办理", new BigDecimal("40")), admin);
        a1 = systems.saveIndicator(id, new IndicatorForm(null, open, "主动公开", IndicatorKind.MANUAL, new BigDecimal("20"), null, null, "按清单"), admin);
        a2 = systems.saveIndicator(id, new IndicatorForm(null, open, "满意率", IndicatorKind.AUTO, new BigDecimal("10"), null, Metric.SATISFACTION, "按数据"), admin);
        a3 = systems.saveIndicator(id, new IndicatorForm(null, open, "公开不及时", IndicatorKind.DEDUCTION, new BigDecimal("5"), new BigDecimal("2"), null, "每件扣2分"), admin);
        b1 = systems.saveIndicator(id, new IndicatorForm(null, handle, "依申请公开", IndicatorKind.MANUAL, new BigDecimal("10"), null, null, "按期答复"), admin);
        b2 = systems.saveIndicator(id, new IndicatorForm(null, handle, "创新做法", IndicatorKind.BONUS, new BigDecimal("2"), new BigDecimal("1"), null, "每项加1分"), admin);
        b3 = systems.saveIndicator(id, new IndicatorForm(null, handle, "严重违规", IndicatorKind.VETO, null, null, null, "一票否决"), admin);
        systems.publish(id, admin);
        systemId = id;
        lead = user("inspector");
        five = List.of(lead, user("insp.zhang"), user("insp.liu"), user("insp.chen"), user("insp.yang"));
    }

    private long systemId;

    @Test
    void aQuarterFromScoringToACorrection() {
        aSmallSystem();
        long period = setup.create(new PeriodForm("", PeriodKind.QUARTER, 2025, 1, systemId, lead.id(),
                Set.of(dept("JYJ"), dept("CZJ"), dept("SLJ"), dept("RSJ"), dept("GTJ")), null), lead);
        assertThat(details.detail(period, lead).period().getName()).isEqualTo("2025年第一季度");
        assignments.assign(period, dept("JYJ"), ids(five), lead);
        for (String code : List.of("CZJ", "SLJ", "RSJ", "GTJ")) {
            assignments.assign(period, dept(code), ids(five.subList(0, 2)), lead);
        }

        // JYJ, five inspectors: a1 18 16 17 19 14 (5 apart, under 30 % of 20 = 6), trimmed: (18 + 16 + 17) / 3 = 17;
        // a3 one late item each: 2 points off; b1 9 8 8 10 7 (3 apart = 30 % of 10, not more), trimmed: 25 / 3
        double[][] jyj = {{18, 1, 9}, {16, 1, 8}, {17, 1, 8}, {19, 1, 10}, {14, 1, 7}};
        for (int i = 0; i < 5; i++) {
            submit(period, "JYJ", five.get(i), jyj[i][0], jyj[i][1], jyj[i][2], 0, 0);
        }
        // CZJ and SLJ full marks and three innovations each, capped at 2; GTJ full marks but a veto
        for (SignedInUser inspector : five.subList(0, 2)) {
            submit(period, "CZJ", inspector, 20, 0, 10, 3, 0);
            submit(period, "SLJ", inspector, 20, 0, 10, 3, 0);
            submit(period, "GTJ", inspector, 20, 0, 10, 0, 1);
        }
        // RSJ: a1 15 and 8 are 7 apart: a spread
        submit(period, "RSJ", five.get(0), 15, 0, 9, 0, 0);
        assertThat(checks.publishBlockers(period)).extracting(Blocker::key).containsExactly("assessment.blocker.sheetsMissing");
        submit(period, "RSJ", five.get(1), 8, 0, 9, 0, 0);

        ResultTable live = queries.ranking(period, 0, lead);
        DepartmentScore.IndicatorScore spread = indicator(live, "RSJ", a1);
        assertThat(spread.spread()).isTrue();
        assertThat(spread.basis()).isEqualTo(DepartmentScore.Basis.MEAN);
        assertThat(checks.publishBlockers(period)).containsExactly(Blocker.of("assessment.blocker.spreads", 1L));
        assertThatThrownBy(() -> publication.publish(period, lead)).isInstanceOf(DomainException.class);
        // while scoring, the lead inspector settles spreads; where the inspectors agree, they do not overrule them
        assertRefusedWith(() -> rulings.resolve(period, dept("JYJ"), a1, new BigDecimal("12"), "核实", lead),
                "该指标督查人员评分没有超过阈值的分歧。评分阶段只能对分歧裁定；结果公示后，异议被采纳的部门可以重新裁定。");
        assertRefusedWith(() -> rulings.resolve(period, dept("RSJ"), b1, new BigDecimal("8"), "核实", lead),
                "该指标督查人员评分没有超过阈值的分歧。评分阶段只能对分歧裁定；结果公示后，异议被采纳的部门可以重新裁定。");
        assertRefused(() -> rulings.resolve(period, dept("RSJ"), a1, new BigDecimal("12"), "", lead), "reason");
        assertRefused(() -> rulings.resolve(period, dept("RSJ"), a1, new BigDecimal("12"), "核实", five.get(1)), null);
        rulings.resolve(period, dept("RSJ"), a1, new BigDecimal("12"), "两位督查人员复核后，按清单缺3项计12分。", lead);

        ResultTable table = queries.ranking(period, 0, lead);
        // JYJ: 公开 60 × 17 / 20 = 51 (a2 not rated: its 10 points go to a1), − 2 = 49;
        //      办理 40 × (25 / 3) / 10 = 33.33; total 82.33 → 良好
        assertThat(indicator(table, "JYJ", a1)).satisfies(i -> {
            assertThat(i.value()).isEqualTo(17.0);
            assertThat(i.basis()).isEqualTo(DepartmentScore.Basis.TRIMMED_MEAN);
        });
        assertThat(indicator(table, "JYJ", a2).basis()).isEqualTo(DepartmentScore.Basis.NOT_RATED);
        assertThat(row(table, "JYJ").score().categories()).extracting(DepartmentScore.CategoryScore::score)
                .containsExactly(49.0, 33.33);
        // CZJ = SLJ: 60 + 40 + 2 (3 innovations, capped) = 102, equal in every category: both rank 1, 优秀
        // GTJ: 100, but vetoed: rank 3, 不合格
        // RSJ: 60 × 12 / 20 = 36; 40 × 9 / 10 = 36; 72 → 合格
        assertThat(table.rows()).extracting(r -> code(r.departmentId()), ResultTable.Row::rank, r -> r.score().total(),
                ResultTable.Row::grade).containsExactly(
                tuple("CZJ", 1, 102.0, Grade.EXCELLENT), tuple("SLJ", 1, 102.0, Grade.EXCELLENT),
                tuple("GTJ", 3, 100.0, Grade.FAIL), tuple("JYJ", 4, 82.33, Grade.GOOD), tuple("RSJ", 5, 72.0, Grade.PASS));

        publication.publish(period, lead);
        assertThat(details.detail(period, lead).period().getObjectionDue()).isEqualTo(LocalDate.parse("2025-04-14"));

        // JYJ objects; the lead inspector upholds it and rules b1 at 9: 办理 40 × 9 / 10 = 36, total 85
        SignedInUser jyjHandler = user("h.jyj");
        assertRefused(() -> rulings.resolve(period, dept("JYJ"), b1, new BigDecimal("9"), "复核", lead), null);
        long objection = objections.object(period, "依申请公开10件全部按期答复，请复核。", jyjHandler);
        assertRefused(() -> objections.object(period, "再次申请复核。", jyjHandler), null);
        assertThat(checks.lockBlockers(period)).extracting(Blocker::key)
                .containsExactly("assessment.blocker.objectionsOpen", "assessment.blocker.window");
        objections.answer(objection, ObjectionOutcome.UPHELD, "经复核，依申请公开全部按期答复，予以采纳。", lead);
        rulings.resolve(period, dept("JYJ"), b1, new BigDecimal("9"), "异议成立，按复核结果计分。", lead);
        assertThat(row(queries.ranking(period, 0, lead), "JYJ").score().total()).isEqualTo(85.0);

        for (String code : List.of("CZJ", "SLJ", "RSJ")) {
            objections.accept(period, user("h." + code.toLowerCase()));
        }
        assertThat(checks.lockBlockers(period)).extracting(Blocker::key).containsExactly("assessment.blocker.window");
        clock.advance(Duration.ofDays(8)); // Tuesday 15 April: the window is over, GTJ said nothing
        assertRefused(() -> objections.object(period, "晚了", user("h.gtj")), null);
        locking.lock(period, lead);

        ResultTable locked = queries.ranking(period, 0, lead);
        assertThat(locked.revisionNo()).isEqualTo(1);
        assertThat(row(locked, "JYJ").score().total()).isEqualTo(85.0);
        assertThat(indicator(locked, "JYJ", b1).basis()).isEqualTo(DepartmentScore.Basis.RESOLVED);
        assertRefused(() -> rulings.resolve(period, dept("RSJ"), a1, new BigDecimal("14"), "更正", lead), null);

        // a correction: RSJ a1 14 points: 60 × 14 / 20 = 42, total 78, rank 5 still; trailing zeros are no more decimals
        assertRefused(() -> locking.correct(period, dept("RSJ"), a1, new BigDecimal("14.005"), "复查", lead), "value");
        int revision = locking.correct(period, dept("RSJ"), a1, new BigDecimal("14.000"), "复查发现漏计两项已公开清单。", lead);
        assertThat(revision).isEqualTo(2);
        ResultTable corrected = queries.ranking(period, 0, lead);
        assertThat(corrected.revisionNo()).isEqualTo(2);
        assertThat(row(corrected, "RSJ").score().total()).isEqualTo(78.0);
        assertThat(indicator(corrected, "RSJ", a1).basis()).isEqualTo(DepartmentScore.Basis.CORRECTED);
        assertThat(row(queries.ranking(period, 1, lead), "RSJ").score().total()).as("revision 1 never changes").isEqualTo(72.0);
        assertThat(details.detail(period, lead).revisions()).extracting(r -> r.revision().revisionNo(), r -> r.indicatorName())
                .containsExactly(tuple(1, null), tuple(2, "主动公开"));

        // every step is in the period's history, who took it, from which state to which; refusals left nothing
        List<Step<PeriodState, PeriodAction>> history = details.detail(period, lead).history();
        assertThat(history).extracting(Step::action, Step::from, Step::to, Step::actor, Step::actorName).containsExactly(
                tuple(PeriodAction.CREATE, null, PeriodState.SCORING, Actor.INSPECTOR, "王明"),
                tuple(PeriodAction.ASSIGN, PeriodState.SCORING, PeriodState.SCORING, Actor.INSPECTOR, "王明"),
                tuple(PeriodAction.ASSIGN, PeriodState.SCORING, PeriodState.SCORING, Actor.INSPECTOR, "王明"),
                tuple(PeriodAction.ASSIGN, PeriodState.SCORING, PeriodState.SCORING, Actor.INSPECTOR, "王明"),
                tuple(PeriodAction.ASSIGN, PeriodState.SCORING, PeriodState.SCORING, Actor.INSPECTOR, "王明"),
                tuple(PeriodAction.ASSIGN, PeriodState.SCORING, PeriodState.SCORING, Actor.INSPECTOR, "王明"),
                tuple(PeriodAction.RULE, PeriodState.SCORING, PeriodState.SCORING, Actor.INSPECTOR, "王明"),
                tuple(PeriodAction.PUBLISH, PeriodState.SCORING, PeriodState.PUBLISHED, Actor.INSPECTOR, "王明"),
                tuple(PeriodAction.OBJECT, PeriodState.PUBLISHED, PeriodState.PUBLISHED, Actor.HANDLER, jyjHandler.displayName()),
                tuple(PeriodAction.ANSWER, PeriodState.PUBLISHED, PeriodState.PUBLISHED, Actor.INSPECTOR, "王明"),
                tuple(PeriodAction.RULE, PeriodState.PUBLISHED, PeriodState.PUBLISHED, Actor.INSPECTOR, "王明"),
                tuple(PeriodAction.ACCEPT, PeriodState.PUBLISHED, PeriodState.PUBLISHED, Actor.HANDLER, user("h.czj").displayName()),
                tuple(PeriodAction.ACCEPT, PeriodState.PUBLISHED, PeriodState.PUBLISHED, Actor.HANDLER, user("h.slj").displayName()),
                tuple(PeriodAction.ACCEPT, PeriodState.PUBLISHED, PeriodState.PUBLISHED, Actor.HANDLER, user("h.rsj").displayName()),
                tuple(PeriodAction.LOCK, PeriodState.PUBLISHED, PeriodState.LOCKED, Actor.INSPECTOR, "王明"),
                tuple(PeriodAction.CORRECT, PeriodState.LOCKED, PeriodState.LOCKED, Actor.INSPECTOR, "王明"));
        assertThat(history.get(8).departmentId()).isEqualTo(dept("JYJ"));
        assertThat(history).extracting(Step::note).contains("异议期至 2025-04-14",
                "市教育局：依申请公开10件全部按期答复，请复核。",
                "市教育局：予以采纳。经复核，依申请公开全部按期答复，予以采纳。",
                "第 2 版：市人力社保局 / 主动公开 由 12 更正为 14。复查发现漏计两项已公开清单。");
        assertThat(audit.findByActionOrderByIdDesc(AuditAction.PERIOD_CORRECTED)).as("the audit log as before").first()
                .satisfies(e -> assertThat(e.detail()).contains("#2", "复查发现漏计两项已公开清单。"));
    }

    @Test
    void aDraftIsPrivateAndASubmittedSheetNeedsEveryValueAndItsReasons() {
        aSmallSystem();
        long period = setup.create(new PeriodForm("", PeriodKind.QUARTER, 2025, 1, systemId, lead.id(),
                Set.of(dept("JYJ")), null), lead);
        SignedInUser zhang = user("insp.zhang");
        assignments.assign(period, dept("JYJ"), ids(List.of(lead, zhang)), lead);
        sheets.save(period, dept("JYJ"), List.of(new ScoreSheetService.Entry(a1, new BigDecimal("15"), "", "")), zhang);
        assertThat(indicator(queries.ranking(period, 0, lead), "JYJ", a1).basis()).as("a draft counts for nothing")
                .isEqualTo(DepartmentScore.Basis.MISSING);

        assertRefused(() -> sheets.submit(period, dept("JYJ"), entries(15, 0, 10, 0, 0, ""), zhang), "reason-" + a1);
        assertRefused(() -> sheets.submit(period, dept("JYJ"), List.of(new ScoreSheetService.Entry(a1, new BigDecimal("20"), "", "")), zhang),
                "value-" + a3);
        assertRefused(() -> sheets.save(period, dept("JYJ"), List.of(new ScoreSheetService.Entry(a1, new BigDecimal("21"), "", "")), zhang),
                "value-" + a1);
        assertRefused(() -> sheets.save(period, dept("JYJ"), List.of(new ScoreSheetService.Entry(a3, new BigDecimal("1.5"), "", "")), zhang),
                "value-" + a3);
        assertRefused(() -> sheets.save(period, dept("JYJ"), List.of(new ScoreSheetService.Entry(a1, new BigDecimal("20"), "", "ftp://x")), zhang),
                "evidence-" + a1);
        assertRefused(() -> sheets.save(period, dept("CZJ"), List.of(), user("insp.liu")), null);

        sheets.submit(period, dept("JYJ"), entries(15, 0, 10, 0, 0, "缺少3项清单"), zhang);
        assertThat(indicator(queries.ranking(period, 0, lead), "JYJ", a1).value()).isEqualTo(15.0);
        assertRefused(() -> sheets.save(period, dept("JYJ"), entries(16, 0, 10, 0, 0, "改"), zhang), null);
        assertRefusedWith(() -> assignments.assign(period, dept("JYJ"), ids(List.of(lead)), lead),
                "张华 已提交该部门的评分表，不能移出分工；如需调整，请其先撤回评分表。");
        sheets.withdraw(period, dept("JYJ"), zhang);
        assertThat(indicator(queries.ranking(period, 0, lead), "JYJ", a1).basis()).isEqualTo(DepartmentScore.Basis.MISSING);
    }

    @Test
    void anInspectorWithOnlyADraftCanBeTakenOffEvenWhenDisabled() {
        aSmallSystem();
        long period = setup.create(new PeriodForm("", PeriodKind.QUARTER, 2025, 1, systemId, lead.id(),
                Set.of(dept("JYJ"), dept("CZJ")), null), lead);
        SignedInUser zhang = user("insp.zhang");
        SignedInUser liu = user("insp.liu");
        assignments.assign(period, dept("JYJ"), ids(List.of(lead, zhang)), lead);
        sheets.save(period, dept("JYJ"), List.of(new ScoreSheetService.Entry(a1, new BigDecimal("15"), "", "")), zhang);
        var account = users.findById(zhang.id()).orElseThrow();
        account.setEnabled(false);
        users.update(account);

        // an inspector disabled since being assigned neither blocks adding another nor can be added anew
        assignments.assign(period, dept("JYJ"), ids(List.of(lead, zhang, liu)), lead);
        assertRefused(() -> assignments.assign(period, dept("CZJ"), ids(List.of(lead, zhang)), lead), "inspectorIds");

        // taken off with only a draft: the draft and its values go, and the audit log says so
        assignments.assign(period, dept("JYJ"), ids(List.of(lead, liu)), lead);
        assertThat(scoreSheets.findByPeriodIdAndDepartmentIdAndInspectorId(period, dept("JYJ"), zhang.id())).isEmpty();
        assertThat(details.detail(period, lead).departments()).filteredOn(p -> p.departmentId() == dept("JYJ"))
                .singleElement().satisfies(p -> assertThat(p.inspectorIds()).containsExactlyInAnyOrder(lead.id(), liu.id()));
        assertThat(audit.findByActionOrderByIdDesc(AuditAction.SCORE_DRAFT_DISCARDED)).first()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("市教育局: 张华"));
        submit(period, "JYJ", lead, 20, 0, 10, 0, 0);
        submit(period, "JYJ", liu, 20, 0, 10, 0, 0);
        assertThat(checks.publishBlockers(period)).extracting(Blocker::key).doesNotContain("assessment.blocker.sheetsMissing");
    }

    @Test
    void aDepartmentSeesOnlyItsOwnResultAndOnlyOncePublished() {
        aSmallSystem();
        long period = setup.create(new PeriodForm("", PeriodKind.QUARTER, 2025, 1, systemId, lead.id(),
                Set.of(dept("JYJ"), dept("CZJ")), null), lead);
        assignments.assignAll(period, ids(List.of(lead)), lead);
        submit(period, "JYJ", lead, 20, 0, 10, 0, 0);
        submit(period, "CZJ", lead, 18, 0, 10, 0, 0);
        SignedInUser jyj = user("h.jyj");
        assertThat(queries.list(jyj)).extracting(PeriodQueries.PeriodRow::id).doesNotContain(period);
        assertRefused(() -> departmentResults.result(period, dept("JYJ"), jyj), null);
        publication.publish(period, lead);
        assertThat(queries.list(jyj)).extracting(PeriodQueries.PeriodRow::id).contains(period);
        DepartmentResults.Result own = departmentResults.result(period, dept("JYJ"), jyj);
        assertThat(own.row()).hasValueSatisfying(r -> assertThat(r.rank()).isEqualTo(1));
        assertThat(own.mayAnswer()).isTrue();
        assertThat(own.lines().stream().flatMap(l -> l.values().stream()).map(DepartmentResults.InspectorValue::inspector))
                .as("inspectors are numbered, not named").containsOnly("#1");
        assertRefused(() -> departmentResults.result(period, dept("CZJ"), jyj), null);
        assertRefused(() -> queries.ranking(period, 0, jyj), null);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private void submit(long period, String code, SignedInUser inspector, double a1Points, double a3Count, double b1Points,
                        double b2Count, double b3Veto) {
        sheets.submit(period, dept(code), entries(a1Points, a3Count, b1Points, b2Count, b3Veto, "按评分标准扣分"), inspector);
    }

    private List<ScoreSheetService.Entry> entries(double a1Points, double a3Count, double b1Points, double b2Count,
                                                  double b3Veto, String reason) {
        List<ScoreSheetService.Entry> entries = new ArrayList<>();
        for (Map.Entry<Long, Double> e : Map.of(a1, a1Points, a3, a3Count, b1, b1Points, b2, b2Count, b3, b3Veto).entrySet()) {
            entries.add(new ScoreSheetService.Entry(e.getKey(), BigDecimal.valueOf(e.getValue()), reason, ""));
        }
        return entries;
    }

    private static ResultTable.Row row(ResultTable table, String code, DepartmentRepository departments) {
        long id = departments.findByCode(code).orElseThrow().getId();
        return table.row(id).orElseThrow();
    }

    private ResultTable.Row row(ResultTable table, String code) {
        return row(table, code, departments);
    }

    private DepartmentScore.IndicatorScore indicator(ResultTable table, String code, long indicatorId) {
        return row(table, code).score().indicators().stream().filter(i -> i.indicatorId() == indicatorId).findFirst().orElseThrow();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private void assertRefusedWith(Runnable action, String message) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(messages.chinese(e.messageKey(), e.args())).isEqualTo(message));
    }

    private static void assertRefused(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            if (field != null) {
                assertThat(e.field()).isEqualTo(field);
            }
        });
    }

    private long dept(String code) {
        return departments.findByCode(code).orElseThrow().getId();
    }

    private String code(long departmentId) {
        return departments.findById(departmentId).orElseThrow().getCode();
    }

    private static Set<Long> ids(List<SignedInUser> who) {
        return who.stream().map(SignedInUser::id).collect(Collectors.toSet());
    }

    private SignedInUser user(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }
}
