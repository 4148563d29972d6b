package org.sunshine.citizen;

import org.sunshine.complaint.ComplaintAction;
import org.sunshine.complaint.ComplaintState;
import org.sunshine.complaint.ComplaintWorkflow;
import org.sunshine.inforequest.RequestAction;
import org.sunshine.inforequest.RequestState;
import org.sunshine.inforequest.RequestWorkflow;

/**
 * What the complainant and the applicant are told after each step: the notice's template (its texts are
 * {@code notify.<template>.sms}, {@code .subject} and {@code .body}), or why the step is not told. Every action of
 * both machines has its line (StepNoticesTest). Told: what changes what the person can do next, or by when.
 */
final class StepNotices {

    static final NoticeTable<ComplaintState, ComplaintAction> COMPLAINT = NoticeTable.of(ComplaintWorkflow.TABLE)
            .tell(ComplaintAction.SUBMIT, "complaintReceived")
            .tell(ComplaintAction.ACCEPT, "complaintAccepted")
            .tell(ComplaintAction.REJECT, "complaintRejected")
            .tell(ComplaintAction.ASSIGN, "complaintAssigned")
            .silent(ComplaintAction.RECEIVE, "the department signs for it: the reply date told at assignment stands")
            .silent(ComplaintAction.REQUEST_RETURN, "between the department and the inspector")
            .silent(ComplaintAction.APPROVE_RETURN, "routed again: the new department is told (ASSIGN)")
            .silent(ComplaintAction.REFUSE_RETURN, "the department keeps it: nothing changes")
            .silent(ComplaintAction.REQUEST_EXTENSION, "only a granted extension moves the date")
            .tell(ComplaintAction.APPROVE_EXTENSION, "complaintExtended")
            .silent(ComplaintAction.REFUSE_EXTENSION, "the reply date stays as told")
            .tell(ComplaintAction.REPLY, "complaintReplied")
            .tell(ComplaintAction.RATE, "complaintRated")
            .tell(ComplaintAction.REOPEN, "complaintReopened")
            .tell(ComplaintAction.EXPIRE, "complaintExpired")
            .tell(ComplaintAction.WITHDRAW, "complaintWithdrawn")
            .silent(ComplaintAction.REMIND, "a reminder to the department")
            .silent(ComplaintAction.DEADLINE_CHANGED, "the holiday schedule moved a date: shown on the tracking page "
                    + "(one calendar change would otherwise message every open item at once)");

    static final NoticeTable<RequestState, RequestAction> REQUEST = NoticeTable.of(RequestWorkflow.TABLE)
            .tell(RequestAction.FILE, RequestState.SUBMITTED, "requestReceived")
            .tell(RequestAction.FILE, RequestState.REGISTERED, "requestRegistered")
            .tell(RequestAction.REGISTER, "requestRegistered")
            .tell(RequestAction.REQUEST_CORRECTION, "requestCorrection")
            .tell(RequestAction.CORRECT, "requestCorrected")
            .tell(RequestAction.CONSULT, "requestPaused")
            .silent(RequestAction.CONSULTATION_ANSWERED, "the pause ends: the reply date told as the latest stands")
            .silent(RequestAction.REQUEST_EXTENSION, "only an approved extension moves the date")
            .tell(RequestAction.APPROVE_EXTENSION, "requestExtended")
            .silent(RequestAction.REFUSE_EXTENSION, "the reply date stays as told")
            .tell(RequestAction.REQUEST_FEE, "requestFee")
            .silent(RequestAction.RECORD_PAYMENT, "the applicant paid: the reply follows")
            .tell(RequestAction.REPLY, "requestReplied")
            .tell(RequestAction.TERMINATE, "requestTerminated")
            .tell(RequestAction.WITHDRAW, "requestWithdrawn")
            .silent(RequestAction.REMIND, "a reminder to the organ")
            .silent(RequestAction.REVIEW, "the inspector's review of the reply, internal")
            .silent(RequestAction.RECORD_REMEDY, "the applicant's own review or lawsuit, recorded by staff")
            .silent(RequestAction.DEADLINE_CHANGED, "the holiday schedule moved a date: shown on the tracking page");

    /** Not a step: the day before a reply's rating window closes ({@link RatingClosing}). */
    static final String RATING_CLOSING = "complaintRatingClosing";

    private StepNotices() {
    }
}
