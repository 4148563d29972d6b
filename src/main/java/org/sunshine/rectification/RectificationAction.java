package org.sunshine.rectification;

/** A step of a rectification; the label is {@code rectification.action.<NAME>}. */
public enum RectificationAction {
    /** 下达整改: a finding confirmed, a bulletin issued */
    OPEN,
    /** 提交整改报告 */
    REPORT,
    /** 退回整改, with a reason */
    RETURN,
    /** 核验通过 (销号) */
    ACCEPT,
    /** 随关联整改销号: accepted with the rectification it was copied from (a problem-list item from a finding) */
    ACCEPT_ALONG,
    /** 撤销: what asked for it was withdrawn */
    CANCEL,
    /** 期限调整: the calendar changed and the deadline moved */
    DEADLINE_CHANGED
}
