package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What still stops the lead inspector from publishing a period's results (every assigned sheet in, every spread
 * ruled on, every indicator scored) or from locking them (every objection answered, every department answered or
 * the window over, nothing open): shown on the period's page, and checked again by the step itself.
 */
@Singleton
public class PeriodChecks {

    private final Periods periods;
    private final PeriodProgress progress;
    private final PeriodResults results;
    private final BusinessClock clock;

    PeriodChecks(Periods periods, PeriodProgress progress, PeriodResults results, BusinessClock clock) {
        this.periods = periods;
        this.progress = progress;
        this.results = results;
        this.clock = clock;
    }

    /** What still stops the lead inspector from publishing the results; empty when they can be published. */
    @Transactional(readOnly = true)
    public List<Blocker> publishBlockers(long periodId) {
        Period period = periods.load(periodId);
        List<Blocker> blockers = new ArrayList<>();
        List<DepartmentProgress> departments = progress.of(periodId);
        departments.stream().filter(DepartmentProgress::unassigned)
                .forEach(d -> blockers.add(Blocker.of("assessment.blocker.unassigned", d.departmentName())));
        List<String> waiting = departments.stream().filter(DepartmentProgress::waiting)
                .map(DepartmentProgress::departmentName).sorted().toList();
        if (!waiting.isEmpty()) {
            blockers.add(Blocker.of("assessment.blocker.sheetsMissing", waiting.size(), waiting.stream().limit(5)
                    .collect(Collectors.joining(periods.chinese("common.listSeparator")))));
        }
        ResultTable table = results.live(period);
        long spreads = table.rows().stream().flatMap(r -> r.score().indicators().stream())
                .filter(DepartmentScore.IndicatorScore::unresolvedSpread).count();
        if (spreads > 0) {
            blockers.add(Blocker.of("assessment.blocker.spreads", spreads));
        }
        long missing = table.rows().stream().flatMap(r -> r.score().indicators().stream())
                .filter(i -> i.basis() == DepartmentScore.Basis.MISSING).count();
        if (missing > 0 && waiting.isEmpty()) {
            blockers.add(Blocker.of("assessment.blocker.missing", missing));
        }
        return blockers;
    }

    /** What still stops the lead inspector from locking the published results; empty when they can be locked. */
    @Transactional(readOnly = true)
    public List<Blocker> lockBlockers(long periodId) {
        Period period = periods.load(periodId);
        return lockBlockers(period, period.getState() == PeriodState.PUBLISHED ? results.live(period) : null);
    }

    /** The same for a period already loaded, with its results computed now ({@code null} unless published). */
    List<Blocker> lockBlockers(Period period, @Nullable ResultTable live) {
        List<Blocker> blockers = new ArrayList<>();
        if (period.getState() != PeriodState.PUBLISHED) {
            blockers.add(Blocker.of("assessment.blocker.notPublished"));
            return blockers;
        }
        List<DepartmentProgress> departments = progress.of(period.getId());
        long unanswered = departments.stream().filter(d -> d.objection() != null && !d.objection().answered()).count();
        if (unanswered > 0) {
            blockers.add(Blocker.of("assessment.blocker.objectionsOpen", unanswered));
        }
        long silent = departments.stream().filter(DepartmentProgress::silent).count();
        if (silent > 0 && !clock.today().isAfter(period.getObjectionDue())) {
            blockers.add(Blocker.of("assessment.blocker.window", silent, period.getObjectionDue().toString()));
        }
        if (live.open()) {
            blockers.add(Blocker.of("assessment.blocker.open"));
        }
        return blockers;
    }

    /** Refuses with the first thing that stops the step. */
    static void requireNone(List<Blocker> blockers) {
        if (!blockers.isEmpty()) {
            throw new org.sunshine.base.DomainException(blockers.get(0).key(), blockers.get(0).args().toArray());
        }
    }
}
