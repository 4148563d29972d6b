package org.sunshine.assessment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.directory.DirectoryNames;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A period's results: computed now from the submitted sheets, the lead inspector's rulings and the measured data
 * (measured now while scoring, frozen from publication on; {@link Scorer}, {@link Ranking}), or read from a locked
 * revision; and the writing of a revision. The callers
 * check who may see what.
 */
@Singleton
public class PeriodResults {

    private final IndicatorSystemService systems;
    private final PeriodDepartmentRepository scope;
    private final ScoreRepository scores;
    private final ResolutionRepository resolutions;
    private final MetricQueries metrics;
    private final PeriodMeasures frozen;
    private final ResultRepository revisions;
    private final PeriodResultRepository results;
    private final ResultCategoryRepository categories;
    private final ResultLineRepository lines;
    private final DirectoryNames names;

    PeriodResults(IndicatorSystemService systems, PeriodDepartmentRepository scope, ScoreRepository scores,
                  ResolutionRepository resolutions, MetricQueries metrics, PeriodMeasures frozen, ResultRepository revisions,
                  PeriodResultRepository results, ResultCategoryRepository categories, ResultLineRepository lines,
                  DirectoryNames names) {
        this.systems = systems;
        this.scope = scope;
        this.scores = scores;
        this.resolutions = resolutions;
        this.metrics = metrics;
        this.frozen = frozen;
        this.revisions = revisions;
        this.results = results;
        this.categories = categories;
        this.lines = lines;
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
    public void freezeMeasures(Period period, java.time.Instant now) {
        if (period.getMeasuredAt() != null) {
            throw new IllegalStateException("Period " + period.getId() + " was measured at " + period.getMeasuredAt());
        }
        frozen.save(period.getId(), metrics.measure(period.getStartsOn(), period.getEndsOn(), period.rules().basicWeight()));
        period.setMeasuredAt(now);
    }

    /** The results as locked in a revision. */
    @Transactional(readOnly = true)
    public ResultTable locked(Period period, int revisionNo) {
        SystemTree tree = systems.treeOf(period.getSystemId());
        ResultRevision revision = revisions.findByPeriodIdOrderByRevisionNo(period.getId()).stream()
                .filter(r -> r.revisionNo() == revisionNo).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No revision " + revisionNo + " of period " + period.getId()));
        Map<Long, Long> categoryOf = new HashMap<>();
        Map<Long, IndicatorKind> kindOf = new HashMap<>();
        for (SystemTree.Branch branch : tree.categories()) {
            for (Indicator i : branch.indicators()) {
                categoryOf.put(i.id(), branch.category().id());
                kindOf.put(i.id(), i.kind());
            }
        }
        Map<Long, List<DepartmentScore.IndicatorScore>> indicators = new HashMap<>();
        for (ResultLine l : revisions.lines(revision.id())) {
            indicators.computeIfAbsent(l.resultId(), r -> new ArrayList<>()).add(new DepartmentScore.IndicatorScore(
                    l.indicatorId(), categoryOf.get(l.indicatorId()), kindOf.get(l.indicatorId()), number(l.value()),
                    l.basis(), l.scorers(), l.spread(), number(l.measured()),
                    l.volume() == null ? null : l.volume().longValue()));
        }
        Map<Long, Map<Long, DepartmentScore.CategoryScore>> cats = new HashMap<>();
        for (ResultCategory c : revisions.categories(revision.id())) {
            cats.computeIfAbsent(c.resultId(), r -> new HashMap<>()).put(c.categoryId(), new DepartmentScore.CategoryScore(
                    c.categoryId(), c.rated(), c.weight().doubleValue(), c.earned().doubleValue(),
                    c.deductions().doubleValue(), c.bonuses().doubleValue(), c.score().doubleValue()));
        }
        DirectoryNames.Names directory = names.read();
        List<ResultTable.Row> rows = new ArrayList<>();
        for (PeriodResult r : revisions.results(revision.id())) {
            Map<Long, DepartmentScore.IndicatorScore> byId = new HashMap<>();
            indicators.getOrDefault(r.id(), List.of()).forEach(i -> byId.put(i.indicatorId(), i));
            List<DepartmentScore.IndicatorScore> ordered = new ArrayList<>();
            List<DepartmentScore.CategoryScore> categoryScores = new ArrayList<>();
            for (SystemTree.Branch branch : tree.categories()) {
                categoryScores.add(cats.getOrDefault(r.id(), Map.of()).get(branch.category().id()));
                branch.indicators().stream().map(i -> byId.get(i.id())).forEach(ordered::add);
            }
            DepartmentScore score = new DepartmentScore(r.departmentId(), ordered, categoryScores,
                    r.total().doubleValue(), r.vetoed(), false);
            rows.add(new ResultTable.Row(r.departmentId(), directory.department(r.departmentId()), score, r.rankNo(), r.grade()));
        }
        return new ResultTable(period, tree, revisionNo, rows);
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

    /** Writes every department's result, categories and indicator lines under a new revision. */
    @Transactional
    public void write(ResultRevision revision, ResultTable table) {
        ResultRevision saved = revisions.save(revision);
        List<ResultCategory> categoryRows = new ArrayList<>();
        List<ResultLine> lineRows = new ArrayList<>();
        for (ResultTable.Row row : table.rows()) {
            DepartmentScore s = row.score();
            PeriodResult result = results.save(new PeriodResult(null, saved.id(), row.departmentId(), decimal(s.total()),
                    row.rank(), row.grade(), s.vetoed()));
            for (DepartmentScore.CategoryScore c : s.categories()) {
                categoryRows.add(new ResultCategory(null, result.id(), c.categoryId(), c.rated(), decimal(c.weight()),
                        decimal(c.earned()), decimal(c.deductions()), decimal(c.bonuses()), decimal(c.score())));
            }
            for (DepartmentScore.IndicatorScore i : s.indicators()) {
                lineRows.add(new ResultLine(null, result.id(), i.indicatorId(), i.value() == null ? null : decimal(i.value()),
                        i.basis(), i.scorers(), i.spread(),
                        i.measured() == null ? null : BigDecimal.valueOf(i.measured()).setScale(4, RoundingMode.HALF_UP),
                        i.volume() == null ? null : (int) Math.min(Integer.MAX_VALUE, i.volume())));
            }
        }
        categories.saveAll(categoryRows);
        lines.saveAll(lineRows);
    }

    static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
