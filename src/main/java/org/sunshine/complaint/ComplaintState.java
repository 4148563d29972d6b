package org.sunshine.complaint;

import org.sunshine.calendar.DeadlineKind;

/** The states of PRODUCT.md section 2.1; the label is {@code complaint.state.<NAME>}. */
public enum ComplaintState {
    /** 待受理 */
    SUBMITTED,
    /** 已受理: accepted, waiting to be routed to a department */
    ACCEPTED,
    /** 不予受理 (the reason is shown to the public) */
    REJECTED,
    /** 已分派: routed to a department, not yet taken on */
    ASSIGNED,
    /** 办理中 */
    IN_PROGRESS,
    /** 申请退回: the department asks the inspector to route it elsewhere */
    RETURN_REQUESTED,
    /** 申请延期 */
    EXTENSION_REQUESTED,
    /** 已答复: waiting for the complainant's rating */
    REPLIED,
    /** 重办: the complainant was dissatisfied (once) */
    REOPENED,
    /** 已办结 */
    CLOSED,
    /** 已撤回 */
    WITHDRAWN;

    /** Still waiting for someone to act. */
    public boolean open() {
        return this != REJECTED && this != CLOSED && this != WITHDRAWN;
    }

    /** With a department, on the handling clock. */
    public boolean withDepartment() {
        return this == ASSIGNED || this == IN_PROGRESS || this == RETURN_REQUESTED || this == EXTENSION_REQUESTED
                || this == REOPENED;
    }

    /** Before routing, on the acceptance clock. */
    public boolean beforeRouting() {
        return this == SUBMITTED || this == ACCEPTED;
    }

    /**
     * The deadline that runs in this state ({@link ComplaintDeadlines#currentDue}): 受理 before routing, 办理 with a
     * department, 评价 after the reply; {@code null} once no one is on the clock.
     */
    public DeadlineKind deadlineKind() {
        if (beforeRouting()) {
            return DeadlineKind.ACCEPT;
        }
        if (withDepartment()) {
            return DeadlineKind.HANDLE;
        }
        return this == REPLIED ? DeadlineKind.RATE : null;
    }
}
