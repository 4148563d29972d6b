package org.sunshine.assessment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.testing.AssessmentFixture;
import org.sunshine.testing.MutableClock;
import io.micronaut.context.ApplicationContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publication freezes the measured data: from then on the AUTO indicators are read from what was measured at
 * publication (period_measure), not measured again, so a rating or a reopening afterwards changes neither what the
 * departments answer nor what is locked. Rolled back.
 */
@MicronautTest(startApplication = false)
class PublishedMeasuresTest {

    /** Monday 7 April 2025, 10:00 in Beijing: the first quarter of 2025 is over, with no complaints in it. */
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
    PeriodPublication publication;
    @Inject
    ScoreSheetService sheets;
    @Inject
    PeriodQueries queries;
    @Inject
    PeriodRepository periodRepository;
    @Inject
    JdbcOperations jdbc;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    void afterPublicationTheResultsRestOnTheMeasuresTakenThen() {
        AssessmentFixture fixture = new AssessmentFixture(context);
        var admin = fixture.user("admin");
        var lead = fixture.user("inspector");
        long system = systems.create("冻结测试体系", "", admin);
        long category = systems.saveCategory(system, new CategoryForm(null, "公开", new BigDecimal("100")), admin);
        long manual = systems.saveIndicator(system, new IndicatorForm(null, category, "主动公开", IndicatorKind.MANUAL,
                new BigDecimal("50"), null, null, "按清单逐项评分"), admin);
        long satisfaction = systems.saveIndicator(system, new IndicatorForm(null, category, "群众满意率", IndicatorKind.AUTO,
                new BigDecimal("50"), null, Metric.SATISFACTION, "按满意率计分"), admin);
        systems.publish(system, admin);
        long jyj = fixture.department("JYJ");
        long czj = fixture.department("CZJ");
        long period = setup.create(new PeriodForm("", PeriodKind.QUARTER, 2025, 1, system, lead.id(), Set.of(jyj, czj),
                null), lead);
        assignments.assignAll(period, Set.of(lead.id()), lead);
        for (long department : List.of(jyj, czj)) {
            sheets.submit(period, department, List.of(new ScoreSheetService.Entry(manual, new BigDecimal("40"), "缺项", "")),
                    lead);
        }
        assertThat(periodRepository.findById(period).orElseThrow().getMeasuredAt()).as("measured live while scoring").isNull();
        assertThat(measured(period, jyj, satisfaction, lead).basis()).isEqualTo(DepartmentScore.Basis.NOT_RATED);

        publication.publish(period, lead);
        assertThat(periodRepository.findById(period).orElseThrow().getMeasuredAt()).isEqualTo(clock.instant());
        // no complaint in the quarter: nothing measured, and the results say not rated, as before publication
        assertThat(measured(period, jyj, satisfaction, lead).basis()).isEqualTo(DepartmentScore.Basis.NOT_RATED);

        // what is kept is what counts: a measure kept for JYJ (20 rated, 85 %) is used; nothing is measured again
        jdbc.prepareStatement("INSERT INTO period_measure (period_id, department_id, metric, measured, volume) "
                + "VALUES (?, ?, 'SATISFACTION', 0.85, 20)", s -> {
            s.setLong(1, period);
            s.setLong(2, jyj);
            return s.executeUpdate();
        });
        DepartmentScore.IndicatorScore kept = measured(period, jyj, satisfaction, lead);
        assertThat(kept.measured()).isEqualTo(0.85);
        assertThat(kept.volume()).isEqualTo(20L);
        assertThat(kept.value()).isEqualTo(42.5);
        assertThat(measured(period, czj, satisfaction, lead).basis()).isEqualTo(DepartmentScore.Basis.NOT_RATED);
    }

    private DepartmentScore.IndicatorScore measured(long period, long department, long indicator,
                                                    org.sunshine.security.SignedInUser viewer) {
        return queries.ranking(period, 0, viewer).row(department).orElseThrow().score().indicators().stream()
                .filter(i -> i.indicatorId() == indicator).findFirst().orElseThrow();
    }
}
