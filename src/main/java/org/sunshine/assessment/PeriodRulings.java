package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.security.SignedInUser;

import java.math.BigDecimal;

/**
 * Scoring: the lead inspector's rulings (裁定) on an indicator of a department, in the sheet's units (points,
 * occurrences, 1/0 for a veto), with the reason — on a spread while the period is being scored (they settle the
 * inspectors' disagreements, they do not overrule them), or on an objection upheld once published. The inspectors'
 * own sheets are {@link ScoreSheetService}'s.
 */
@Singleton
public class PeriodRulings {

    private final Periods periods;
    private final PeriodResults results;
    private final ResolutionRepository resolutions;
    private final ObjectionRepository objections;
    private final PeriodSteps steps;
    private final BusinessClock clock;

    PeriodRulings(Periods periods, PeriodResults results, ResolutionRepository resolutions,
                  ObjectionRepository objections, PeriodSteps steps, BusinessClock clock) {
        this.periods = periods;
        this.results = results;
        this.resolutions = resolutions;
        this.objections = objections;
        this.steps = steps;
        this.clock = clock;
    }

    /** Rules on an indicator of a department; a second ruling on it replaces the first. */
    @Transactional
    public void resolve(long periodId, long departmentId, long indicatorId, @Nullable BigDecimal value,
                        @Nullable String reason, SignedInUser actor) {
        Period period = periods.byLeadForUpdate(periodId, actor);
        if (period.getState() == PeriodState.LOCKED) {
            throw new DomainException("assessment.period.error.locked");
        }
        periods.requireInScope(periodId, departmentId);
        if (period.getState() == PeriodState.PUBLISHED && objections.findByPeriodIdAndDepartmentId(periodId, departmentId)
                .map(o -> o.outcome() != ObjectionOutcome.UPHELD).orElse(true)) {
            // once published, a result changes only on an objection upheld
            throw new DomainException("assessment.period.error.notUpheld");
        }
        Indicator indicator = periods.indicatorOf(period, indicatorId);
        if (indicator.kind() == IndicatorKind.AUTO) {
            throw new DomainException("assessment.period.error.measured");
        }
        if (period.getState() == PeriodState.SCORING && !spread(period, departmentId, indicatorId)) {
            throw new DomainException("assessment.period.error.noSpread");
        }
        BigDecimal checked = ScoreSheetService.checkValue(indicator, value, "value");
        if (checked == null) {
            throw DomainException.on("value", "assessment.sheet.error.value");
        }
        String why = Periods.text(reason, "reason", "assessment.period.error.reason", Periods.MAX_REASON);
        Long id = resolutions.findByPeriodIdAndDepartmentIdAndIndicatorId(periodId, departmentId, indicatorId)
                .map(Resolution::id).orElse(null);
        Resolution ruling = new Resolution(id, periodId, departmentId, indicatorId, checked, why, actor.displayName(),
                clock.now());
        if (id == null) {
            resolutions.save(ruling);
        } else {
            resolutions.update(ruling);
        }
        String ruled = periods.departmentName(departmentId) + " / " + indicator.name() + " = "
                + checked.stripTrailingZeros().toPlainString();
        steps.record(period, PeriodAction.RULE, actor, departmentId, periods.chinese("assessment.history.rule", ruled, why),
                ruled + ": " + why);
    }

    /** Where the inspectors disagree on an indicator (a spread, ruled on yet or not). */
    private boolean spread(Period period, long departmentId, long indicatorId) {
        return results.live(period).row(departmentId).stream().flatMap(r -> r.score().indicators().stream())
                .anyMatch(i -> i.indicatorId() == indicatorId && i.spread());
    }
}
