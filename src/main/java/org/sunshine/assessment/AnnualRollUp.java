package org.sunshine.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * The arithmetic of the annual assessment (docs/architecture.md, "Annual assessment"), without the database:
 * <ul>
 *   <li>base = Σ(weight × period total) / Σ weight over the included periods the department was assessed in, rounded
 *   to 2 decimals (HALF_UP) — a period it was not in counts neither for nor against it;</li>
 *   <li>effect = commendations × points per commendation − criticisms × points per criticism;</li>
 *   <li>total = max(0, base + effect), so that the row adds up as it is shown;</li>
 *   <li>vetoed in any included period: 不合格;</li>
 *   <li>ranked and graded by {@link Ranking}, with the base as the only "category": equal totals compare the base,
 *   then share the rank.</li>
 * </ul>
 */
final class AnnualRollUp {

    private AnnualRollUp() {
    }

    /**
     * @param weights  the weight of each included period, by period id
     * @param results  the current locked result of every department in those periods
     * @param counts   the year's bulletins by department id (a department not in it has none)
     * @param names    the department's name by id
     */
    static List<AnnualRow> rank(Map<Long, BigDecimal> weights, List<LockedTotal> results,
                                Map<Long, BulletinEffects.Counts> counts, AnnualAssessment annual,
                                LongFunction<String> names) {
        Map<Long, Sum> sums = new TreeMap<>();
        for (LockedTotal r : results) {
            BigDecimal weight = weights.get(r.periodId());
            if (weight != null) {
                sums.computeIfAbsent(r.departmentId(), d -> new Sum()).add(weight, r.total(), r.vetoed());
            }
        }
        Map<Long, AnnualRow> unranked = new HashMap<>();
        List<DepartmentScore> scores = new ArrayList<>();
        for (Map.Entry<Long, Sum> e : sums.entrySet()) {
            long departmentId = e.getKey();
            Sum sum = e.getValue();
            BigDecimal base = sum.weighted.divide(sum.weights, 2, RoundingMode.HALF_UP);
            BulletinEffects.Counts c = counts.getOrDefault(departmentId, new BulletinEffects.Counts(0, 0));
            BigDecimal effect = annual.getCommendationPoints().multiply(BigDecimal.valueOf(c.commendations()))
                    .subtract(annual.getCriticismPoints().multiply(BigDecimal.valueOf(c.criticisms())))
                    .setScale(2, RoundingMode.HALF_UP);
            BigDecimal total = base.add(effect).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
            unranked.put(departmentId, new AnnualRow(departmentId, names.apply(departmentId), sum.periods, base,
                    c.commendations(), c.criticisms(), effect, total, 0, Grade.FAIL, sum.vetoed));
            DepartmentScore.CategoryScore byBase = new DepartmentScore.CategoryScore(0, true, 0, 0, 0, 0, base.doubleValue());
            scores.add(new DepartmentScore(departmentId, List.of(), List.of(byBase), total.doubleValue(), sum.vetoed, false));
        }
        return Ranking.rank(scores, annual.rules()).stream().map(place -> {
            AnnualRow r = unranked.get(place.score().departmentId());
            return new AnnualRow(r.departmentId(), r.departmentName(), r.periods(), r.base(), r.commendations(),
                    r.criticisms(), r.effect(), r.total(), place.rank(), place.grade(), r.vetoed());
        }).toList();
    }

    private static final class Sum {
        private BigDecimal weighted = BigDecimal.ZERO;
        private BigDecimal weights = BigDecimal.ZERO;
        private int periods;
        private boolean vetoed;

        void add(BigDecimal weight, BigDecimal total, boolean veto) {
            weighted = weighted.add(weight.multiply(total));
            weights = weights.add(weight);
            periods++;
            vetoed |= veto;
        }
    }
}
