package org.sunshine.inforequest;

import org.sunshine.calendar.DeadlineKind;

/** Where an application stands; the label is {@code inforequest.state.<NAME>}. */
public enum RequestState {
    /** 待登记: arrived online or from a partner platform, waiting for the organ to confirm it (the receipt date) */
    SUBMITTED,
    /** 办理中: received, on the reply clock */
    REGISTERED,
    /** 待补正: the applicant was asked to correct it; the reply clock restarts from the correction */
    CORRECTION_REQUESTED,
    /** 延期审批中: the handler asked the disclosure-office head for an extension; the clock runs on */
    EXTENSION_REQUESTED,
    /** 待缴费: a fee notice was sent; the clock stops until payment */
    FEE_REQUESTED,
    /** 已答复 */
    REPLIED,
    /** 已终止: no correction, or no payment, in time — the application is no longer processed (三(六)1, 三(六)2) */
    TERMINATED,
    /** 已撤回 (三(六)3) */
    WITHDRAWN;

    /** Still waiting for someone to act. */
    public boolean open() {
        return this != REPLIED && this != TERMINATED && this != WITHDRAWN;
    }

    /** On the organ's reply clock (red and yellow marks). */
    public boolean onReplyClock() {
        return this == REGISTERED || this == EXTENSION_REQUESTED;
    }

    /**
     * The deadline that runs in this state ({@link RequestDeadlines#currentDue}): the organ's to register and to reply,
     * the applicant's to correct and to pay; {@code null} once the application has ended.
     */
    public DeadlineKind deadlineKind() {
        return switch (this) {
            case SUBMITTED -> DeadlineKind.REGISTER;
            case REGISTERED, EXTENSION_REQUESTED -> DeadlineKind.REPLY;
            case CORRECTION_REQUESTED -> DeadlineKind.CORRECT;
            case FEE_REQUESTED -> DeadlineKind.PAY;
            case REPLIED, TERMINATED, WITHDRAWN -> null;
        };
    }
}
