package org.sunshine.inforequest;

/** What can be done to an application; the label is {@code inforequest.action.<NAME>}. */
public enum RequestAction {
    /** 提交申请 (online, partner) or 登记收件 (staff: in person, post, fax, oral) — the record's creation */
    FILE,
    /** 确认登记: the organ confirms an online application; its receipt date */
    REGISTER,
    /** 告知补正 (once, within 7 working days of receipt) */
    REQUEST_CORRECTION,
    /** 补正: the corrected application, from the applicant or recorded by staff */
    CORRECT,
    /** 征求意见: a letter to a third party or another organ; the clock pauses */
    CONSULT,
    /** 意见答复: the consulted party's answer (or its silence) is recorded */
    CONSULTATION_ANSWERED,
    /** 申请延期 */
    REQUEST_EXTENSION,
    /** 批准延期 (the disclosure-office head) */
    APPROVE_EXTENSION,
    /** 不批准延期 */
    REFUSE_EXTENSION,
    /** 收费通知 */
    REQUEST_FEE,
    /** 已缴费 */
    RECORD_PAYMENT,
    /** 答复 */
    REPLY,
    /** 逾期未补正 or 逾期未缴费: the platform stops processing */
    TERMINATE,
    /** 撤回申请 */
    WITHDRAW,
    /** 催办 (the inspector) */
    REMIND,
    /** 答复质量评查 (the inspector) */
    REVIEW,
    /** 行政复议或行政诉讼 recorded against the reply */
    RECORD_REMEDY,
    /** 期限调整: the calendar changed */
    DEADLINE_CHANGED
}
