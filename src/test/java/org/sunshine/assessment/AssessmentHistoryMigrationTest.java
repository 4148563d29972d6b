package org.sunshine.assessment;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.security.SignedInUser;
import org.sunshine.testing.AssessmentFixture;
import org.sunshine.testing.MutableClock;
import org.sunshine.workflow.History;
import org.sunshine.workflow.Step;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V12 gives the periods and annual assessments made before it the history they would have now: the steps are taken
 * through the services (which write both the history and the audit log), the history is deleted as if it had never
 * been written, the migration is run, and what it wrote from the audit log must be what the services wrote — every
 * step with its time, states, actor, department and note (adding periods to a draft and changing a weight were never
 * audited, so those are not expected back). Rolled back.
 */
@MicronautTest(startApplication = false)
class AssessmentHistoryMigrationTest {

    /** Monday 7 April 2025, 10:00 in Beijing: the first quarter of 2025 is over. */
    private final MutableClock clock = MutableClock.shanghai("2025-04-07T02:00:00Z");

    @Inject
    ApplicationContext context;
    @Inject
    IndicatorSystemService systems;
    @Inject
    PeriodSetup setup;
    @Inject
    PeriodAssignments assignments;
    @Inject
    PeriodRulings rulings;
    @Inject
    PeriodPublication publication;
    @Inject
    PeriodObjections objections;
    @Inject
    PeriodLocking locking;
    @Inject
    ScoreSheetService sheets;
    @Inject
    AnnualService annuals;
    @Inject
    History history;
    @Inject
    JdbcOperations jdbc;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    void theHistoryWrittenFromTheAuditLogIsTheOneTheServicesWrite() throws IOException {
        AssessmentFixture fixture = new AssessmentFixture(context);
        SignedInUser admin = fixture.user("admin");
        SignedInUser lead = fixture.user("inspector");
        SignedInUser zhang = fixture.user("insp.zhang");
        long jyj = fixture.department("JYJ");
        long czj = fixture.department("CZJ");
        long system = systems.create("历史迁移测试体系", "", admin);
        long category = systems.saveCategory(system, new CategoryForm(null, "公开", new BigDecimal("100")), admin);
        long indicator = systems.saveIndicator(system, new IndicatorForm(null, category, "主动公开", IndicatorKind.MANUAL,
                new BigDecimal("100"), null, null, "按清单逐项评分"), admin);
        systems.publish(system, admin);

        long period = setup.create(new PeriodForm("", PeriodKind.QUARTER, 2025, 1, system, lead.id(), Set.of(jyj, czj),
                null), lead);
        assignments.assignAll(period, Set.of(lead.id(), zhang.id()), lead);
        assignments.assign(period, czj, Set.of(lead.id()), lead);
        sheets.submit(period, jyj, entry(indicator, "100", ""), lead);
        sheets.submit(period, jyj, entry(indicator, "50", "缺项较多"), zhang);
        sheets.submit(period, czj, entry(indicator, "90", "缺项"), lead);
        rulings.resolve(period, jyj, indicator, new BigDecimal("80"), "两位督查人员复核后计80分。", lead);
        publication.publish(period, lead);
        long objection = objections.object(period, "本部门清单已全部公开，请复核。", fixture.user("h.jyj"));
        objections.answer(objection, ObjectionOutcome.UPHELD, "经复核，予以采纳。", lead);
        rulings.resolve(period, jyj, indicator, new BigDecimal("85.5"), "异议成立，按复核结果计分。", lead);
        objections.accept(period, fixture.user("h.czj"));
        clock.advance(Duration.ofDays(8));
        locking.lock(period, lead);
        locking.correct(period, czj, indicator, new BigDecimal("95"), "漏计一项已公开的清单。", lead);

        long annual = annuals.create(2025, lead);
        annuals.setWeight(annual, period, new BigDecimal("2"), lead);
        annuals.lock(annual, "", lead);
        locking.correct(period, czj, indicator, new BigDecimal("96"), "再次复查。", lead);
        annuals.lock(annual, "第一季度市财政局结果更正。", lead);

        List<String> periodSteps = steps(history.of(PeriodWorkflow.TABLE, period));
        List<String> annualSteps = steps(history.of(AnnualWorkflow.TABLE, annual).stream()
                .filter(s -> s.action() != AnnualAction.INCLUDE && s.action() != AnnualAction.WEIGH).toList());
        assertThat(periodSteps).hasSize(12);
        assertThat(annualSteps).hasSize(3);

        execute("DELETE FROM workflow_event WHERE (machine = 'period' AND record_id = " + period
                + ") OR (machine = 'annual' AND record_id = " + annual + ")");
        assertThat(history.of(PeriodWorkflow.TABLE, period)).isEmpty();
        for (String statement : migration()) {
            execute(statement);
        }

        assertThat(steps(history.of(PeriodWorkflow.TABLE, period))).containsExactlyElementsOf(periodSteps);
        assertThat(steps(history.of(AnnualWorkflow.TABLE, annual))).containsExactlyElementsOf(annualSteps);
        for (String statement : migration()) {
            execute(statement);
        }
        assertThat(steps(history.of(PeriodWorkflow.TABLE, period))).as("a history is never written twice")
                .containsExactlyElementsOf(periodSteps);
    }

    private static List<ScoreSheetService.Entry> entry(long indicator, String points, String reason) {
        return List.of(new ScoreSheetService.Entry(indicator, new BigDecimal(points), reason, ""));
    }

    /** Everything a step says but its id. */
    private static <S extends Enum<S>, A extends Enum<A>> List<String> steps(List<Step<S, A>> steps) {
        return steps.stream().map(s -> String.join(" | ", s.at().toString(), s.action().name(),
                String.valueOf(s.from()), s.to().name(), s.actor().name(), String.valueOf(s.actorId()), s.actorName(),
                String.valueOf(s.departmentId()), s.note())).toList();
    }

    /** The statements of V12, as Flyway runs them. */
    private static List<String> migration() throws IOException {
        try (InputStream in = AssessmentHistoryMigrationTest.class.getResourceAsStream(
                "/db/migration/V12__assessment_history.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
            return Arrays.stream(sql.split(";\\s*\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    private void execute(String sql) {
        jdbc.prepareStatement(sql, PreparedStatement::executeUpdate);
    }
}
