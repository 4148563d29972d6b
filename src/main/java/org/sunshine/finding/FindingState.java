package org.sunshine.finding;

/**
 * Where a finding stands; the label is {@code finding.state.<NAME>}. While {@link #RECTIFYING}, where its
 * rectification stands is the rectification's own state; lists show both as one {@link FindingStage}.
 */
public enum FindingState {
    /** 待确认: filed, waiting for an inspector */
    SUBMITTED,
    /** 整改中: confirmed; the department rectifies */
    RECTIFYING,
    /** 已办结: the rectification was accepted */
    CLOSED,
    /** 不予采纳 */
    DISMISSED;

    public boolean open() {
        return this == SUBMITTED || this == RECTIFYING;
    }

    /** Confirmed as a real problem (whatever happened since). */
    public boolean confirmed() {
        return this == RECTIFYING || this == CLOSED;
    }
}
