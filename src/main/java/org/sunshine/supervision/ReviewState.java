package org.sunshine.supervision;

/** Where a review task stands; the label is {@code review.state.<NAME>}. */
public enum ReviewState {
    /** 待评议 */
    PENDING,
    /** 已评议 */
    REVIEWED,
    /** 无法核实 */
    UNVERIFIABLE,
    /** 已取消: the supervisor's term ended and no one else in office covers the complaint */
    CANCELLED;

    public boolean done() {
        return this == REVIEWED || this == UNVERIFIABLE;
    }
}
