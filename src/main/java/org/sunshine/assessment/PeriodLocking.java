package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.security.SignedInUser;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The lock and corrections: once every objection is answered and every department has answered or the window is
 * over ({@link PeriodChecks}), the lead inspector freezes the results as revision 1 (LOCKED). A locked result never
 * changes: a correction of one indicator makes the next revision, with its reason, and ranks every department again.
 */
@Singleton
public class PeriodLocking {

    private final Periods periods;
    private final PeriodChecks checks;
    private final PeriodResults results;
    private final PeriodSteps steps;
    private final BusinessClock clock;

    PeriodLocking(Periods periods, PeriodChecks checks, PeriodResults results, PeriodSteps steps, BusinessClock clock) {
        this.periods = periods;
        this.checks = checks;
        this.results = results;
        this.steps = steps;
        this.clock = clock;
    }

    /** Freezes the results as revision 1. */
    @Transactional
    public void lock(long periodId, SignedInUser actor) {
        Period period = periods.byLeadForUpdate(periodId, actor);
        ResultTable table = period.getState() == PeriodState.PUBLISHED ? results.live(period) : null;
        PeriodChecks.requireNone(checks.lockBlockers(period, table));
        Instant now = clock.now();
        results.write(new ResultRevision(null, periodId, 1, periods.chinese("assessment.revision.lock"), null, null,
                null, null, actor.displayName(), null), table);
        steps.move(period, PeriodAction.LOCK, actor, "", p -> {
            p.setLockedAt(now);
            p.setRevision(1);
        }, period.getName());
    }

    /**
     * Corrects one indicator of one department in a locked period, in points: the next revision copies the one in
     * force with that value changed, adds it up again and ranks every department again. Returns the revision number.
     */
    @Transactional
    public int correct(long periodId, long departmentId, long indicatorId, @Nullable BigDecimal points,
                       @Nullable String reason, SignedInUser actor) {
        Period period = periods.byLeadForUpdate(periodId, actor);
        if (period.getState() != PeriodState.LOCKED) {
            throw new DomainException("assessment.period.error.notLocked");
        }
        Indicator indicator = periods.indicatorOf(period, indicatorId);
        String why = Periods.text(reason, "reason", "assessment.period.error.reason", Periods.MAX_REASON);
        ResultTable current = results.locked(period, period.getRevision());
        ResultTable.Row row = current.row(departmentId)
                .orElseThrow(() -> DomainException.on("departmentId", "assessment.period.error.notInScope"));
        checkPoints(indicator, points);
        DepartmentScore.IndicatorScore old = row.score().indicators().stream()
                .filter(i -> i.indicatorId() == indicatorId).findFirst().orElseThrow();
        if (old.value() != null && BigDecimal.valueOf(old.value()).compareTo(points) == 0) {
            throw DomainException.on("value", "assessment.period.error.unchanged");
        }
        List<DepartmentScore> scores = new ArrayList<>();
        Scorer scorer = new Scorer(period.rules());
        for (ResultTable.Row r : current.rows()) {
            if (r.departmentId() != departmentId) {
                scores.add(r.score());
                continue;
            }
            List<DepartmentScore.IndicatorScore> changed = r.score().indicators().stream()
                    .map(i -> i.indicatorId() == indicatorId ? i.corrected(points.doubleValue()) : i).toList();
            scores.add(scorer.aggregate(current.tree().scheme(), departmentId, changed));
        }
        int revisionNo = period.getRevision() + 1;
        ResultTable next = results.table(period, current.tree(), revisionNo, scores, period.rules());
        results.write(new ResultRevision(null, periodId, revisionNo, why, departmentId, indicatorId,
                old.value() == null ? null : PeriodResults.decimal(old.value()), points, actor.displayName(), null),
                next);
        String department = periods.departmentName(departmentId);
        String was = old.value() == null ? "-" : PeriodResults.decimal(old.value()).stripTrailingZeros().toPlainString();
        String is = points.stripTrailingZeros().toPlainString();
        steps.move(period, PeriodAction.CORRECT, actor, periods.chinese("assessment.history.correct", revisionNo,
                        department, indicator.name(), was, is, why), p -> p.setRevision(revisionNo),
                period.getName() + " #" + revisionNo + " " + department + " / " + indicator.name() + ": "
                        + (old.value() == null ? "-" : old.value()) + " → " + is + " (" + why + ")");
        return revisionNo;
    }

    /** A corrected value in points: 0 to the indicator's maximum (1 for a veto: yes or no), two decimals at most. */
    private static void checkPoints(Indicator indicator, @Nullable BigDecimal points) {
        BigDecimal max = indicator.kind() == IndicatorKind.VETO ? BigDecimal.ONE : indicator.maxPoints();
        if (points == null || points.signum() < 0 || points.compareTo(max) > 0 || points.stripTrailingZeros().scale() > 2
                || (indicator.kind() == IndicatorKind.VETO && points.signum() != 0 && points.compareTo(BigDecimal.ONE) != 0)) {
            throw DomainException.on("value", "assessment.period.error.points", max.stripTrailingZeros().toPlainString());
        }
    }
}
