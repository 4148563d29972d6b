package org.sunshine.supervision;

/** What happens to a review task; the label is {@code review.action.<NAME>}. */
public enum ReviewAction {
    /** 派发: the platform gives a replied complaint to a supervisor who covers it (the task's first step) */
    ASSIGN,
    /** 评议: the supervisor scores the reply */
    REVIEW,
    /** 无法核实: the supervisor could not reach the complainant or check the reply */
    MARK_UNVERIFIABLE,
    /** 转交: the supervisor's term ended and another in office covers the complaint */
    REASSIGN,
    /** 取消: the supervisor's term ended and no one else in office covers the complaint */
    CANCEL
}
