package org.sunshine.assessment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.directory.DirectoryNames;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The revisions of a period's locked results, as written ({@code result_revision} with each department's result,
 * category scores and indicator lines) and read back as a {@link ResultTable}.
 */
@Singleton
class ResultRevisions {

    private final ResultRepository revisions;
    private final PeriodResultRepository results;
    private final ResultCategoryRepository categories;
    private final ResultLineRepository lines;
    private final DirectoryNames names;

    ResultRevisions(ResultRepository revisions, PeriodResultRepository results, ResultCategoryRepository categories,
                    ResultLineRepository lines, DirectoryNames names) {
        this.revisions = revisions;
        this.results = results;
        this.categories = categories;
        this.lines = lines;
        this.names = names;
    }

    /** A period's revisions, the lock first. */
    List<ResultRevision> of(long periodId) {
        return revisions.findByPeriodIdOrderByRevisionNo(periodId);
    }

    /** The totals in force of the given locked periods. */
    List<LockedTotal> lockedTotals(Collection<Long> periodIds) {
        return periodIds.isEmpty() ? List.of() : revisions.current(periodIds);
    }

    /** The results as locked in a revision, on the period's indicator system. */
    ResultTable read(Period period, SystemTree tree, int revisionNo) {
        ResultRevision revision = of(period.getId()).stream().filter(r -> r.revisionNo() == revisionNo).findFirst()
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

    /** Writes every department's result, categories and indicator lines under a new revision. */
    @Transactional
    void write(ResultRevision revision, ResultTable table) {
        ResultRevision saved = revisions.save(revision);
        List<ResultCategory> categoryRows = new ArrayList<>();
        List<ResultLine> lineRows = new ArrayList<>();
        for (ResultTable.Row row : table.rows()) {
            DepartmentScore s = row.score();
            PeriodResult result = results.save(new PeriodResult(null, saved.id(), row.departmentId(),
                    PeriodResults.decimal(s.total()), row.rank(), row.grade(), s.vetoed()));
            for (DepartmentScore.CategoryScore c : s.categories()) {
                categoryRows.add(new ResultCategory(null, result.id(), c.categoryId(), c.rated(),
                        PeriodResults.decimal(c.weight()), PeriodResults.decimal(c.earned()),
                        PeriodResults.decimal(c.deductions()), PeriodResults.decimal(c.bonuses()),
                        PeriodResults.decimal(c.score())));
            }
            for (DepartmentScore.IndicatorScore i : s.indicators()) {
                lineRows.add(new ResultLine(null, result.id(), i.indicatorId(),
                        i.value() == null ? null : PeriodResults.decimal(i.value()), i.basis(), i.scorers(), i.spread(),
                        i.measured() == null ? null : BigDecimal.valueOf(i.measured()).setScale(4, RoundingMode.HALF_UP),
                        i.volume() == null ? null : (int) Math.min(Integer.MAX_VALUE, i.volume())));
            }
        }
        categories.saveAll(categoryRows);
        lines.saveAll(lineRows);
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
