package org.sunshine.bulletin;

/** A problem-list item's rectification; the label is {@code bulletin.problem.state.<NAME>}. */
public enum ProblemState {
    /** on a bulletin not issued yet */
    PLANNED,
    /** 整改中: the department rectifies by the deadline */
    RECTIFYING,
    /** 待核验: a report is in */
    REPORTED,
    /** 退回整改: the report was returned with a reason */
    RETURNED,
    /** 已销号: the inspector accepted the rectification */
    ACCEPTED;

    /** On the department's clock. */
    public boolean rectifying() {
        return this == RECTIFYING || this == RETURNED;
    }
}
