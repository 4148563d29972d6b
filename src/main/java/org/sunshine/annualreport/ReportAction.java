package org.sunshine.annualreport;

/** What moves an annual report; the label is {@code annualreport.action.<NAME>}. */
public enum ReportAction {
    /** 创建: the report is opened (its first step, recorded outside the table) */
    OPEN,
    /** 报送: the organ sends it to the office; refused unless table 三 balances */
    SUBMIT,
    /** 退回: the office sends it back with a reason */
    RETURN,
    /** 审核通过 */
    APPROVE,
    /** 公开: frozen as the next edition */
    PUBLISH,
    /** 更正: a published report is reopened as a draft with the correction's reason */
    CORRECT
}
