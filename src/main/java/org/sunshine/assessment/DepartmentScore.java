package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A department's result for a period before ranking: every indicator, every category and the total.
 *
 * @param total      the sum of the category scores, never below 0, rounded to 2 decimals
 * @param vetoed     a VETO indicator was answered yes: the grade is 不合格
 * @param open       something still stops the period from locking: a spread not resolved, or an indicator nobody
 *                   has scored
 */
public record DepartmentScore(long departmentId, List<IndicatorScore> indicators, List<CategoryScore> categories,
                              double total, boolean vetoed, boolean open) {

    /** How an indicator's points were arrived at; the label is {@code assessment.basis.<NAME>}. */
    public enum Basis {
        /** the mean of the inspectors' values */
        MEAN,
        /** the mean without the highest and the lowest value (enough inspectors scored) */
        TRIMMED_MEAN,
        /** the lead inspector resolved a spread */
        RESOLVED,
        /** computed from the data */
        MEASURED,
        /** AUTO below the minimum volume: its points go to the other indicators of the category */
        NOT_RATED,
        /** nobody has scored it yet */
        MISSING,
        /** changed after the lock by a correction (a new revision with its reason) */
        CORRECTED
    }

    /**
     * One indicator.
     *
     * @param value  MANUAL and AUTO: points; DEDUCTION and BONUS: points taken off or added (after the cap); VETO: 1 for
     *               yes; {@code null} when not rated or missing
     * @param spread   the inspectors disagree beyond the threshold (or at all, for counts and vetoes)
     * @param measured a measured indicator: the rate (0–1) or the count found in the data, else {@code null}
     * @param volume   a measured indicator: how many items the rate rests on (or the count), else {@code null}
     */
    public record IndicatorScore(long indicatorId, long categoryId, IndicatorKind kind, @Nullable Double value,
                                 Basis basis, int scorers, boolean spread, @Nullable Double measured,
                                 @Nullable Long volume) {

        /** An indicator scored by inspectors (or ruled on): nothing measured. */
        public static IndicatorScore scored(long indicatorId, long categoryId, IndicatorKind kind, @Nullable Double value,
                                            Basis basis, int scorers, boolean spread) {
            return new IndicatorScore(indicatorId, categoryId, kind, value, basis, scorers, spread, null, null);
        }

        /**
         * The inspectors disagree and the mean still counts: the lead inspector has to rule before the period can be
         * published. A ruled spread keeps {@link #spread()} (the ruling may be made again) but is no longer open.
         */
        public boolean unresolvedSpread() {
            return spread && (basis == Basis.MEAN || basis == Basis.TRIMMED_MEAN);
        }

        /** The same indicator with its value set by a correction after the lock. */
        public IndicatorScore corrected(double newValue) {
            return new IndicatorScore(indicatorId, categoryId, kind, newValue, Basis.CORRECTED, scorers, spread, measured, volume);
        }
    }

    /**
     * One category.
     *
     * @param rated   at least one of its MANUAL or AUTO indicators has points; if none has, its weight goes to the
     *                other categories in proportion to theirs
     * @param weight  the weight it carries after redistribution
     * @param earned  the weighted score: weight × points / full marks of its rated indicators
     * @param score   earned − deductions + bonuses, rounded to 2 decimals
     */
    public record CategoryScore(long categoryId, boolean rated, double weight, double earned, double deductions,
                                double bonuses, double score) {
    }
}
