package org.sunshine.assessment;

/**
 * What an AUTO indicator measures in a department's data for the period; each gives a fraction of the indicator's
 * maximum points (1 = full marks). The label is {@code assessment.metric.<NAME>}.
 */
public enum Metric {
    /** Complaints replied by their handling deadline / complaints replied or overdue in the period. */
    ON_TIME_HANDLING,
    /** (满意 + w × 基本满意) / rated replies, w configurable (default 0.9). */
    SATISFACTION,
    /** 1 − reopened / replied: fewer reopenings, more points. */
    REOPEN,
    /** Rectification reports sent by the deadline / findings whose deadline fell in the period. */
    ON_TIME_RECTIFICATION,
    /** The supervisors' average review score over the three dimensions, divided by 5. */
    REVIEW_AVERAGE
}
