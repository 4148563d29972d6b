package org.sunshine.finding;

/**
 * Where a finding stands as its lists show and filter it: its own state, and while it is being rectified its
 * rectification's (reported, returned). The label is {@code finding.state.<NAME>}.
 */
public enum FindingStage {
    /** 待确认 */
    SUBMITTED,
    /** 整改中: the department is on the clock */
    RECTIFYING,
    /** 待核验: a rectification report waits for an inspector */
    REPORTED,
    /** 退回整改 */
    RETURNED,
    /** 已办结 */
    CLOSED,
    /** 不予采纳 */
    DISMISSED;

    /** The department is on the clock. */
    public boolean onTheClock() {
        return this == RECTIFYING || this == RETURNED;
    }
}
