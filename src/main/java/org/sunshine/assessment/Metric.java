package org.sunshine.assessment;

/**
 * What an indicator measures in a department's data for the period; the label is {@code assessment.metric.<NAME>}.
 * A rate earns an AUTO indicator that share of its full marks (1 = full marks) and is not rated below the minimum
 * volume; a count gives a DEDUCTION or BONUS indicator its occurrences, so that nobody has to count them by hand.
 * How each is measured is in {@link MetricQueries}.
 */
public enum Metric {
    /** Complaints replied by their handling deadline / complaints whose handling deadline fell in the period. */
    ON_TIME_HANDLING(false),
    /** (满意 + w × 基本满意) / rated replies, w configurable (default 0.9); 未评价 is not counted. */
    SATISFACTION(false),
    /** 1 − reopened / replied: fewer reopenings, more points. */
    REOPEN(false),
    /** Rectification reports sent by the deadline / findings whose deadline fell in the period. */
    ON_TIME_RECTIFICATION(false),
    /** The supervisors' average review score over the three dimensions, divided by 5. */
    REVIEW_AVERAGE(false),
    /** Complaints whose handling deadline fell in the period and passed without a reply by it. */
    OVERDUE_COMPLAINTS(true),
    /**
     * 依申请公开按期答复率: applications replied within the clock / applications whose reply deadline fell in the period
     * and has passed, or which were replied.
     */
    DISCLOSURE_ON_TIME(false),
    /** 被纠错: remedies (行政复议, 行政诉讼) against the department's replies decided in the period with 结果纠正. */
    REMEDY_CORRECTED(true),
    /**
     * 主动公开及时率: disclosure records published by their deadline / records whose deadline fell in the period
     * (20 working days from being formed or changed, 7 for 行政许可 and 行政处罚).
     */
    PROACTIVE_ON_TIME(false);

    private final boolean count;

    Metric(boolean count) {
        this.count = count;
    }

    /** A count of occurrences (for DEDUCTION and BONUS) rather than a rate (for AUTO). */
    public boolean isCount() {
        return count;
    }
}
