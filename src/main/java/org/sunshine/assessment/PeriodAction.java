package org.sunshine.assessment;

/**
 * What is done to a period, as its history keeps it; the label is {@code period.action.<NAME>}. Only PUBLISH and
 * LOCK change its state ({@link PeriodWorkflow}); the others are kept in its history where they happened.
 */
public enum PeriodAction {
    /** 创建: an inspector sets the period up (the first step of its history, not in the table) */
    CREATE,
    /** 分工: the lead inspector sets who scores a department, or every department */
    ASSIGN,
    /** 裁定: the lead inspector rules on a score (a spread while scoring, an objection upheld once published) */
    RULE,
    /** 公示: the results are shown to the departments, whose objection window starts */
    PUBLISH,
    /** 确认: a department accepts its result */
    ACCEPT,
    /** 异议: a department objects to its result */
    OBJECT,
    /** 答复: the lead inspector answers an objection */
    ANSWER,
    /** 锁定: the results are frozen as revision 1 */
    LOCK,
    /** 更正: one indicator of a locked result is corrected, as the next revision */
    CORRECT
}
