package org.sunshine.supervision;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.StoredFile;
import org.sunshine.complaint.Complaint;
import org.sunshine.complaint.ComplaintAttachment;
import org.sunshine.complaint.ComplaintQueries;
import org.sunshine.complaint.ComplaintTracking;
import org.sunshine.complaint.Masking;
import org.sunshine.complaint.PublicView;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.History;

/**
 * One review task as its page shows it: the complaint as the supervisor may see it (the complainant masked, revealed
 * — audited — to the reviewing supervisor only with the complainant's consent), the reply's files, and the task's
 * own history. Whoever may see the task in a list may open it.
 */
@Singleton
public class ReviewDetails {

    private final ReviewTaskRepository tasks;
    private final SupervisorRepository supervisors;
    private final ReviewQueries queries;
    private final ComplaintQueries complaints;
    private final ComplaintTracking tracking;
    private final SupervisionSettings settings;
    private final History history;
    private final AuditLog audit;

    ReviewDetails(ReviewTaskRepository tasks, SupervisorRepository supervisors, ReviewQueries queries,
                  ComplaintQueries complaints, ComplaintTracking tracking, SupervisionSettings settings,
                  History history, AuditLog audit) {
        this.tasks = tasks;
        this.supervisors = supervisors;
        this.queries = queries;
        this.complaints = complaints;
        this.tracking = tracking;
        this.settings = settings;
        this.history = history;
        this.audit = audit;
    }

    /** One task with the complaint as the supervisor may see it, and the task's history. */
    @Transactional(readOnly = true)
    public ReviewDetail detail(long taskId, SignedInUser viewer) {
        ReviewTask task = visible(taskId, viewer);
        Complaint c = complaints.find(task.getComplaintId()).orElseThrow();
        ReviewRow row = queries.row(task, c.getTrackingCode());
        PublicView view = tracking.view(c);
        boolean mine = isOwn(task, viewer);
        return new ReviewDetail(row, view, Masking.name(c.getComplainantName()), Masking.phone(c.getComplainantPhone()),
                c.anonymous(), c.isConsentDisclose(), mine && c.isConsentDisclose() && !c.anonymous(),
                c.getRatingComment(), mine && task.getState() == ReviewState.PENDING, settings.lowScore(),
                history.of(ReviewWorkflow.TABLE, taskId));
    }

    /** The complainant's name and phone for the supervisor calling back, if they consented; audited. */
    @Transactional
    public Identity revealIdentity(long taskId, SignedInUser viewer, String clientIp) {
        ReviewTask task = visible(taskId, viewer);
        Complaint c = complaints.find(task.getComplaintId()).orElseThrow();
        if (!isOwn(task, viewer) || !c.isConsentDisclose() || c.anonymous()) {
            throw new DomainException("error.notAllowed");
        }
        audit.record(viewer, AuditAction.PERSONAL_DATA_VIEWED, "complaint", c.getTrackingCode(), "name, phone (review)", clientIp);
        return new Identity(c.getComplainantName() == null ? "" : c.getComplainantName(),
                c.getComplainantPhone() == null ? "" : c.getComplainantPhone());
    }

    /** A complainant's identity in full. */
    public record Identity(String name, String phone) {
    }

    /** A file of the department's reply, for whoever may see the task. */
    @Transactional(readOnly = true)
    public StoredFile replyFile(long taskId, long attachmentId, SignedInUser viewer) {
        ReviewTask task = visible(taskId, viewer);
        Complaint c = complaints.find(task.getComplaintId()).orElseThrow();
        ComplaintAttachment file = tracking.replyFile(c, attachmentId);
        return new StoredFile(file.fileName(), file.contentType(), file.content());
    }

    private ReviewTask visible(long taskId, SignedInUser viewer) {
        ReviewTask task = tasks.findById(taskId).orElseThrow(() -> new DomainException("review.error.missing"));
        if (viewer.is(Role.INSPECTOR) || viewer.is(Role.LEADER) || isOwn(task, viewer)) {
            return task;
        }
        if (viewer.is(Role.HANDLER) && ReviewQueries.DONE.contains(task.getState())) {
            Complaint c = complaints.find(task.getComplaintId()).orElseThrow();
            if (viewer.departmentId() != null && viewer.departmentId().equals(c.getDepartmentId())) {
                return task;
            }
        }
        throw new DomainException("error.notAllowed");
    }

    private boolean isOwn(ReviewTask task, SignedInUser viewer) {
        return viewer.is(Role.SUPERVISOR) && supervisors.findByUserId(viewer.id())
                .map(s -> s.getId().equals(task.getSupervisorId())).orElse(false);
    }
}
