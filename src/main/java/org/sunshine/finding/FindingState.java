package org.sunshine.finding;

/** Where a finding stands; the label is {@code finding.state.<NAME>}. */
public enum FindingState {
    /** 待确认: filed, waiting for an inspector */
    SUBMITTED,
    /** 整改中: confirmed, the department's rectification clock runs */
    RECTIFYING,
    /** 待验收: the department has sent a rectification report */
    REPORTED,
    /** 退回整改: the inspector sent the report back; the clock runs again */
    RETURNED,
    /** 已办结: rectification accepted */
    CLOSED,
    /** 不予采纳 */
    DISMISSED;

    public boolean open() {
        return this != CLOSED && this != DISMISSED;
    }

    /** The department is on the clock. */
    public boolean rectifying() {
        return this == RECTIFYING || this == RETURNED;
    }

    /** Confirmed as a real problem (whatever happened since). */
    public boolean confirmed() {
        return this != SUBMITTED && this != DISMISSED;
    }
}
