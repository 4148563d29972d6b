package org.sunshine.rectification;

/** Where a rectification stands; the label is {@code rectification.state.<NAME>}. */
public enum RectificationState {
    /** 整改中: the department is on the clock */
    RECTIFYING,
    /** 待核验: a report is in, waiting for the inspector */
    REPORTED,
    /** 退回整改: the report was returned with a reason; the clock runs again */
    RETURNED,
    /** 已销号: the inspector accepted the rectification */
    ACCEPTED,
    /** 已撤销: what asked for it was withdrawn (a revoked bulletin); nothing more is expected */
    CANCELLED;

    /** The department is on the clock. */
    public boolean onTheClock() {
        return this == RECTIFYING || this == RETURNED;
    }

    /** Not finished: on the clock or waiting for a verdict. */
    public boolean open() {
        return this == RECTIFYING || this == RETURNED || this == REPORTED;
    }
}
