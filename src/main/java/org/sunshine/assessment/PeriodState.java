package org.sunshine.assessment;

/**
 * Where a period stands; the label is {@code period.state.<NAME>}. SCORING → PUBLISHED (the results are shown to the
 * departments, who may object) → LOCKED (the results are frozen as revision 1; corrections add revisions). The
 * transitions are in {@link PeriodWorkflow}.
 */
public enum PeriodState {
    /** 评分中: inspectors fill in their score sheets; drafts are private */
    SCORING,
    /** 结果公示: every sheet is in and every spread resolved; departments see their result and may object */
    PUBLISHED,
    /** 已锁定: the results are frozen */
    LOCKED
}
