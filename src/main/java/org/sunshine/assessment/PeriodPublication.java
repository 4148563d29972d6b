package org.sunshine.assessment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.security.SignedInUser;

import java.time.LocalDate;

/**
 * Publication: once every assigned sheet is in and nothing is open ({@link PeriodChecks}), the lead inspector shows
 * the results to the departments (PUBLISHED); the measured data are frozen, and the departments have
 * {@code objectionDays} working days to accept or object ({@link PeriodObjections}).
 */
@Singleton
public class PeriodPublication {

    private final Periods periods;
    private final PeriodChecks checks;
    private final PeriodResults results;
    private final WorkingDayCalendar calendar;
    private final ScoringRules rules;
    private final PeriodSteps steps;
    private final BusinessClock clock;

    PeriodPublication(Periods periods, PeriodChecks checks, PeriodResults results, WorkingDayCalendar calendar,
                      ScoringRules rules, PeriodSteps steps, BusinessClock clock) {
        this.periods = periods;
        this.checks = checks;
        this.results = results;
        this.calendar = calendar;
        this.rules = rules;
        this.steps = steps;
        this.clock = clock;
    }

    /** Publishes the results to the departments; the objection window starts today. */
    @Transactional
    public void publish(long periodId, SignedInUser actor) {
        Period period = periods.scoringByLeadForUpdate(periodId, actor);
        PeriodChecks.requireNone(checks.publishBlockers(periodId));
        LocalDate today = clock.today();
        LocalDate due = calendar.plus(today, rules.objectionDays());
        results.freezeMeasures(period, clock.now());
        steps.move(period, PeriodAction.PUBLISH, actor, periods.chinese("assessment.history.publish", due.toString()),
                p -> {
                    p.setPublishedOn(today);
                    p.setObjectionDue(due);
                }, period.getName() + " → " + due);
    }
}
