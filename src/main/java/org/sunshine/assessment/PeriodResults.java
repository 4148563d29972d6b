package org.sunshine.assessment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.directory.DirectoryNames;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A period's results: computed now from the submitted sheets, the lead inspector's rulings and the measured data
 * (measured now while scoring, frozen from publication on; {@link Scorer}, {@link Ranking}), or read from a locked
 * revision ({@link ResultRevisions}). The callers check who may see what.
 */
@Singleton
public class PeriodResults {

    private final IndicatorSystemService systems;
    private final PeriodDepartmentRepository scope;
    private final ScoreRepository scores;
    private final ResolutionRepository resolutions;
    private final MetricQueries metrics;
    private final PeriodMeasures frozen;
    private final ResultRevisions revisions;
    private final DirectoryNames names;

    PeriodResults(IndicatorSystemService systems, PeriodDepartmentRepository scope, ScoreRepository scores,
                  ResolutionRepository resolutions, MetricQueries metrics, PeriodMeasures frozen,
                  ResultRevisions revisions, DirectoryNames names) {
        this.systems = systems;
        this.scope = scope;
        this.scores = scores;
        this.resolutions = resolutions;
        this.metrics = metrics;
        this.frozen = frozen;
        this.revisions = revisions;
        this.names = names;
    }

    /** The indicator system version the period is scored on. */
    @Transactional(readOnly = true)
    public SystemTree tree(Period period) {
        return systems.treeOf(period.getSystemId());
    }

    /** The locked revision in force, or the results computed now while the period is open. */
    @Transactional(readOnly = true)
    public ResultTable current(Period period) {
        return period.getState() == PeriodState.LOCKED ? locked(period, period.getRevision()) : live(period);
    }

    /** The results computed now. */
    @Transactional(readOnly = true)
    public ResultTable live(Period period) {
        SystemTree tree = systems.treeOf(period.getSystemId());
        Scheme scheme = tree.scheme();
        long periodId = period.getId();
        Map<Long, Map<Long, List<Double>>> submitted = new HashMap<>();
        for (ScoreRepository.Submitted s : scores.findSubmitted(periodId)) {
            submitted.computeIfAbsent(s.departmentId(), d -> new HashMap<>())
                    .computeIfAbsent(s.indicatorId(), i -> new ArrayList<>()).add(s.value().doubleValue());
        }
        Map<Long, Map<Long, Double>> resolved = new HashMap<>();
        for (Resolution r : resolutions.findByPeriodId(periodId)) {
            resolved.computeIfAbsent(r.departmentId(), d -> new HashMap<>()).put(r.indicatorId(), r.value().doubleValue());
        }
        ScoringRules rules = period.rules();
        Map<Long, Map<Metric, Marks.Measure>> measures = measures(period);
        Scorer scorer = new Scorer(rules);
        List<DepartmentScore> scored = new ArrayList<>();
        for (PeriodDepartment d : scope.findByPeriodId(periodId)) {
            long id = d.departmentId();
            scored.add(scorer.score(scheme, new Marks(id, submitted.getOrDefault(id, Map.of()),
                    resolved.getOrDefault(id, Map.of()), measures.getOrDefault(id, Map.of()))));
        }
        return table(period, tree, 0, scored, rules);
    }

    /** The measured data: as frozen at publication, or measured now while the period is being scored. */
    private Map<Long, Map<Metric, Marks.Measure>> measures(Period period) {
        return period.getMeasuredAt() != null ? frozen.load(period.getId())
                : metrics.measure(period.getStartsOn(), period.getEndsOn(), period.rules().basicWeight());
    }

    /**
     * Takes the period's measured data once, at publication: from then on its results are computed from these, so a
     * rating or a reopening after publication changes neither what the departments answer nor what is locked.
     */
    @Transactional
    public void freezeMeasures(Period period, Instant now) {
        if (period.getMeasuredAt() != null) {
            throw new IllegalStateException("Period " + period.getId() + " was measured at " + period.getMeasuredAt());
        }
        frozen.save(period.getId(), metrics.measure(period.getStartsOn(), period.getEndsOn(), period.rules().basicWeight()));
        period.setMeasuredAt(now);
    }

    /** The results as locked in a revision. */
    @Transactional(readOnly = true)
    public ResultTable locked(Period period, int revisionNo) {
        return revisions.read(period, systems.treeOf(period.getSystemId()), revisionNo);
    }

    /** A period's revisions, the lock first. */
    @Transactional(readOnly = true)
    public List<ResultRevision> revisions(long periodId) {
        return revisions.of(periodId);
    }

    /** Each department's total in force in the given locked periods (the others are left out). */
    @Transactional(readOnly = true)
    public List<LockedTotal> lockedTotals(Collection<Long> periodIds) {
        return revisions.lockedTotals(periodIds);
    }

    /**
     * Ranks and grades department scores by the period's rules: used for the results computed now and for a
     * correction, which re-ranks every department.
     */
    ResultTable table(Period period, SystemTree tree, int revisionNo, List<DepartmentScore> scored, ScoringRules rules) {
        DirectoryNames.Names directory = names.read();
        List<ResultTable.Row> rows = Ranking.rank(scored, rules).stream()
                .map(p -> new ResultTable.Row(p.score().departmentId(), directory.department(p.score().departmentId()),
                        p.score(), p.rank(), p.grade()))
                .toList();
        return new ResultTable(period, tree, revisionNo, rows);
    }

    /**
     * Writes every department's result, categories and indicator lines under a new revision: for the lock and
     * corrections ({@link PeriodLocking}), and the benchmarks' bulk set-up.
     */
    @Transactional
    public void write(ResultRevision revision, ResultTable table) {
        revisions.write(revision, table);
    }

    static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
