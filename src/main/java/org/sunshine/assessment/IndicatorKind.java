package org.sunshine.assessment;

/**
 * How a level-2 indicator is scored (PRODUCT.md "Scoring"); the label is {@code assessment.kind.<NAME>}.
 */
public enum IndicatorKind {
    /** Inspectors give points from 0 to the maximum, with a reason below full marks. */
    MANUAL,
    /** Computed from the period's data by its {@link Metric}; not rated below the minimum volume. */
    AUTO,
    /** Points taken off the total per occurrence, up to a cap (扣分). */
    DEDUCTION,
    /** Points added to the total per occurrence, up to a cap (加分). */
    BONUS,
    /** A yes makes the grade 不合格 whatever the score (一票否决). */
    VETO;

    /** Whether the indicator's points count towards its category's weighted score. */
    public boolean weighted() {
        return this == MANUAL || this == AUTO;
    }
}
