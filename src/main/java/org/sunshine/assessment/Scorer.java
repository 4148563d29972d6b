package org.sunshine.assessment;

import org.sunshine.assessment.DepartmentScore.Basis;
import org.sunshine.assessment.DepartmentScore.CategoryScore;
import org.sunshine.assessment.DepartmentScore.IndicatorScore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores one department on one version of an indicator system (PRODUCT.md "Scoring"; the rules are written out in
 * docs/architecture.md, "Assessment"):
 * <ul>
 *   <li>an inspector-scored indicator takes the mean of the submitted values, or the trimmed mean (one highest and
 *   one lowest dropped) when {@code trimFrom} or more inspectors scored; a lead inspector's resolution replaces both;
 *   </li>
 *   <li>an AUTO indicator earns full marks × the measured rate, or is not rated below {@code minVolume}; a DEDUCTION
 *   or BONUS with a counting metric takes its occurrences from the data, unless the lead inspector ruled on it;</li>
 *   <li>a category earns its weight × points / full marks of its rated MANUAL and AUTO indicators, so the points of
 *   an indicator not rated go to the others of its category; a category with none rated gives its weight to the
 *   other categories in proportion to theirs;</li>
 *   <li>deductions (occurrences × points, capped) are taken off and bonuses added; the total is never below 0;</li>
 *   <li>a VETO answered yes makes the grade 不合格 (see {@link Ranking}).</li>
 * </ul>
 * Pure computation: no database, no clock.
 */
public final class Scorer {

    private final ScoringRules rules;

    public Scorer(ScoringRules rules) {
        this.rules = rules;
    }

    public DepartmentScore score(Scheme scheme, Marks marks) {
        List<IndicatorScore> indicators = new ArrayList<>();
        for (Scheme.Category category : scheme.categories()) {
            for (Scheme.Indicator indicator : category.indicators()) {
                indicators.add(indicator(indicator, category.id(), marks));
            }
        }
        return aggregate(scheme, marks.departmentId(), indicators);
    }

    /**
     * Adds up indicator scores already arrived at into category scores and the total: the second half of
     * {@link #score}, used alone to recompute a locked result after a correction.
     */
    public DepartmentScore aggregate(Scheme scheme, long departmentId, List<IndicatorScore> indicators) {
        Map<Long, IndicatorScore> byId = new HashMap<>();
        indicators.forEach(i -> byId.put(i.indicatorId(), i));
        List<IndicatorScore> ordered = new ArrayList<>();
        List<Sums> sums = new ArrayList<>();
        boolean vetoed = false;
        boolean open = false;
        for (Scheme.Category category : scheme.categories()) {
            Sums sum = new Sums(category);
            for (Scheme.Indicator indicator : category.indicators()) {
                IndicatorScore score = byId.get(indicator.id());
                if (score == null) {
                    score = IndicatorScore.scored(indicator.id(), category.id(), indicator.kind(), null, Basis.MISSING, 0, false);
                }
                ordered.add(score);
                open |= score.basis() == Basis.MISSING || score.unresolvedSpread();
                if (score.value() == null) {
                    continue;
                }
                switch (indicator.kind()) {
                    case MANUAL, AUTO -> {
                        sum.points += score.value();
                        sum.full += indicator.maxPoints();
                    }
                    case DEDUCTION -> sum.deductions += score.value();
                    case BONUS -> sum.bonuses += score.value();
                    case VETO -> vetoed |= score.value() > 0;
                }
            }
            sums.add(sum);
        }

        double allWeight = sums.stream().mapToDouble(s -> s.category.weight()).sum();
        double ratedWeight = sums.stream().filter(Sums::rated).mapToDouble(s -> s.category.weight()).sum();
        double factor = ratedWeight == 0 ? 0 : allWeight / ratedWeight;
        List<CategoryScore> categories = new ArrayList<>();
        double total = 0;
        for (Sums s : sums) {
            double weight = s.rated() ? s.category.weight() * factor : 0;
            double earned = s.rated() ? weight * s.points / s.full : 0;
            double score = earned - s.deductions + s.bonuses;
            total += score;
            categories.add(new CategoryScore(s.category.id(), s.rated(), round(weight), round(earned),
                    round(s.deductions), round(s.bonuses), round(score)));
        }
        return new DepartmentScore(departmentId, ordered, categories, round(Math.max(0, total)), vetoed, open);
    }

    private IndicatorScore indicator(Scheme.Indicator indicator, long categoryId, Marks marks) {
        if (indicator.kind() == IndicatorKind.AUTO) {
            Marks.Measure measure = indicator.metric() == null ? null : marks.measures().get(indicator.metric());
            if (measure == null || measure.volume() < rules.minVolume()) {
                return new IndicatorScore(indicator.id(), categoryId, indicator.kind(), null, Basis.NOT_RATED, 0, false,
                        measure == null ? null : measure.value(), measure == null ? 0L : measure.volume());
            }
            double fraction = Math.max(0, Math.min(1, measure.value()));
            return new IndicatorScore(indicator.id(), categoryId, indicator.kind(), indicator.maxPoints() * fraction,
                    Basis.MEASURED, 0, false, measure.value(), measure.volume());
        }
        Double resolution = marks.resolved().get(indicator.id());
        if (indicator.metric() != null && resolution == null) {
            // a counted deduction or bonus: the occurrences found in the data; no data means none
            Marks.Measure measure = marks.measures().get(indicator.metric());
            double count = measure == null ? 0 : measure.value();
            return new IndicatorScore(indicator.id(), categoryId, indicator.kind(), points(indicator, count),
                    Basis.MEASURED, 0, false, count, measure == null ? 0L : measure.volume());
        }
        List<Double> values = marks.submitted().getOrDefault(indicator.id(), List.of());
        boolean spread = spread(indicator, values);
        double raw;
        Basis basis;
        if (resolution != null) {
            raw = resolution;
            basis = Basis.RESOLVED;
        } else if (values.isEmpty()) {
            return IndicatorScore.scored(indicator.id(), categoryId, indicator.kind(), null, Basis.MISSING, 0, false);
        } else if (values.size() >= rules.trimFrom()) {
            List<Double> sorted = values.stream().sorted().toList();
            raw = sorted.subList(1, sorted.size() - 1).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            basis = Basis.TRIMMED_MEAN;
        } else {
            raw = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            basis = Basis.MEAN;
        }
        return IndicatorScore.scored(indicator.id(), categoryId, indicator.kind(), points(indicator, raw), basis,
                values.size(), spread);
    }

    /** Points from a value in the sheet's units: points capped at full marks, occurrences × points capped, yes/no. */
    static double points(Scheme.Indicator indicator, double raw) {
        return switch (indicator.kind()) {
            case MANUAL -> Math.max(0, Math.min(indicator.maxPoints(), raw));
            case DEDUCTION, BONUS -> Math.min(indicator.maxPoints(), Math.max(0, raw) * indicator.perOccurrence());
            case VETO -> raw >= 0.5 ? 1 : 0;
            case AUTO -> Math.max(0, Math.min(indicator.maxPoints(), raw));
        };
    }

    /** Points further apart than the threshold; for counts and vetoes, any disagreement. */
    private boolean spread(Scheme.Indicator indicator, List<Double> values) {
        if (values.size() < 2) {
            return false;
        }
        double low = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double high = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        if (indicator.kind() == IndicatorKind.MANUAL) {
            return high - low > indicator.maxPoints() * rules.spreadPercent() / 100.0 + 1e-9;
        }
        return high != low;
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** A category's running sums. */
    private static final class Sums {
        final Scheme.Category category;
        double points;
        double full;
        double deductions;
        double bonuses;

        Sums(Scheme.Category category) {
            this.category = category;
        }

        boolean rated() {
            return full > 0;
        }
    }
}
