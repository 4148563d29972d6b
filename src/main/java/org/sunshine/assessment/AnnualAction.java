package org.sunshine.assessment;

/**
 * What is done to an annual assessment, as its history keeps it; the label is {@code annual.action.<NAME>}.
 * Only LOCK changes its state ({@link AnnualWorkflow}).
 */
public enum AnnualAction {
    /** 创建: an inspector creates the year's draft with the periods locked by then (not in the table) */
    CREATE,
    /** 纳入周期: the periods of the year locked since are added to the draft */
    INCLUDE,
    /** 调整权重: the weight of an included period is changed */
    WEIGH,
    /** 锁定: the results are locked as revision 1 */
    LOCK,
    /** 重新锁定: the results, changed since, are locked again as the next revision, with the reason */
    RELOCK
}
