package org.sunshine.calendar;

/**
 * What a deadline is for, so that a date is never shown bare: 受理期限, 办理期限, 评价期限 … The label is
 * {@code deadline.kind.<NAME>}; each feature says which kind runs in which of its states.
 */
public enum DeadlineKind {
    /** 受理期限: a complaint is to be accepted or rejected */
    ACCEPT,
    /** 办理期限: the department is to handle a complaint and reply */
    HANDLE,
    /** 评价期限: the complainant may rate the reply until then */
    RATE,
    /** 登记期限: the organ is to confirm an application arrived online */
    REGISTER,
    /** 答复期限: the organ is to answer an application */
    REPLY,
    /** 补正期限: the applicant is to correct an application */
    CORRECT,
    /** 缴费期限: the applicant is to pay the fee */
    PAY,
    /** 整改期限: a department is to put a finding or a problem right */
    RECTIFY,
    /** 公开期限: a department is to publish what it formed or changed */
    PUBLISH,
    /** 报送期限: an organ is to submit its annual report */
    REPORT,
    /** 回访期限: a supervisor is to review a replied complaint */
    REVIEW,
    /** 签收期限: a department is to sign for a bulletin */
    SIGN;

    public String labelKey() {
        return "deadline.kind." + name();
    }
}
