package org.sunshine.complaint;

/** What someone does to a complaint; each is recorded as an event. Labels: {@code complaint.action.<NAME>}. */
public enum ComplaintAction {
    SUBMIT,
    ACCEPT,
    REJECT,
    ASSIGN,
    /** the department takes the item on (签收) */
    RECEIVE,
    REQUEST_RETURN,
    APPROVE_RETURN,
    REFUSE_RETURN,
    REQUEST_EXTENSION,
    APPROVE_EXTENSION,
    REFUSE_EXTENSION,
    REPLY,
    /** the complainant rates the reply, which closes the item */
    RATE,
    /** the complainant is dissatisfied and asks for the item to be handled again (once) */
    REOPEN,
    WITHDRAW,
    /** 催办: an inspector reminds the department; no change of state */
    REMIND,
    /** the rating window ended without a rating: closed as 未评价 */
    EXPIRE,
    /** the calendar changed and a deadline moved; no change of state */
    DEADLINE_CHANGED
}
