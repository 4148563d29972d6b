package org.sunshine.supervision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.StoredFile;
import org.sunshine.calendar.Warning;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.complaint.Complaint;
import org.sunshine.complaint.ComplaintAttachment;
import org.sunshine.complaint.ComplaintRepository;
import org.sunshine.complaint.ComplaintTracking;
import org.sunshine.complaint.Masking;
import org.sunshine.complaint.PublicView;
import org.sunshine.directory.DirectoryNames;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reading review tasks, as each viewer may: a supervisor their own tasks; inspectors and leaders all of them; a
 * department's handler the finished reviews of its own complaints. The supervisor's contact details are never part
 * of a review.
 */
@Singleton
public class ReviewQueries {

    static final int MAX_EXPORT = 10_000;
    static final Set<ReviewState> DONE = EnumSet.of(ReviewState.REVIEWED, ReviewState.UNVERIFIABLE);

    private final ReviewTaskRepository tasks;
    private final SupervisorRepository supervisors;
    private final ComplaintRepository complaints;
    private final ComplaintTracking tracking;
    private final WorkingDayCalendar calendar;
    private final SupervisionSettings settings;
    private final DirectoryNames directoryNames;
    private final AuditLog audit;
    private final Clock clock;

    ReviewQueries(ReviewTaskRepository tasks, SupervisorRepository supervisors, ComplaintRepository complaints,
                  ComplaintTracking tracking, WorkingDayCalendar calendar, SupervisionSettings settings,
                  DirectoryNames directoryNames, AuditLog audit, Clock clock) {
        this.tasks = tasks;
        this.supervisors = supervisors;
        this.complaints = complaints;
        this.tracking = tracking;
        this.calendar = calendar;
        this.settings = settings;
        this.directoryNames = directoryNames;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ReviewRow> search(ReviewFilter filter, SignedInUser viewer, int offset, int limit) {
        Scoped s = scoped(filter, viewer);
        DirectoryNames.Names names = directoryNames.read();
        return tasks.search(s.states(), s.supervisorId(), s.departmentId(), s.dueBefore(), s.text(), limit, offset)
                .stream().map(r -> row(r, names)).toList();
    }

    @Transactional(readOnly = true)
    public long count(ReviewFilter filter, SignedInUser viewer) {
        Scoped s = scoped(filter, viewer);
        return tasks.countSearch(s.states(), s.supervisorId(), s.departmentId(), s.dueBefore(), s.text());
    }

    @Transactional(readOnly = true)
    public List<ReviewRow> all(ReviewFilter filter, SignedInUser viewer) {
        return search(filter, viewer, 0, MAX_EXPORT);
    }

    /** The finished reviews of one complaint, for the staff's page of that complaint. */
    @Transactional(readOnly = true)
    public List<ReviewRow> ofComplaint(long complaintId, SignedInUser viewer) {
        Complaint complaint = complaints.findById(complaintId).orElseThrow(() -> new DomainException("complaint.error.missing"));
        boolean allowed = viewer.is(Role.INSPECTOR) || viewer.is(Role.LEADER)
                || (viewer.is(Role.HANDLER) && viewer.departmentId() != null && viewer.departmentId().equals(complaint.getDepartmentId()));
        if (!allowed) {
            return List.of();
        }
        DirectoryNames.Names names = directoryNames.read();
        return tasks.search(names(DONE), null, null, null, complaint.getTrackingCode(), 100, 0).stream()
                .filter(r -> r.complaintId() == complaintId).map(r -> row(r, names)).toList();
    }

    /** One task with the complaint as the supervisor may see it. */
    @Transactional(readOnly = true)
    public ReviewDetail detail(long taskId, SignedInUser viewer) {
        ReviewTask task = visible(taskId, viewer);
        Complaint c = complaints.findById(task.getComplaintId()).orElseThrow();
        DirectoryNames.Names names = directoryNames.read();
        ReviewRow row = tasks.search(names(EnumSet.allOf(ReviewState.class)), task.getSupervisorId(), null, null,
                        c.getTrackingCode(), 100, 0).stream()
                .filter(r -> r.id() == taskId).map(r -> row(r, names)).findFirst().orElseThrow();
        PublicView view = tracking.view(c);
        boolean mine = isOwn(task, viewer);
        return new ReviewDetail(row, view, Masking.name(c.getComplainantName()), Masking.phone(c.getComplainantPhone()),
                c.anonymous(), c.isConsentDisclose(), mine && c.isConsentDisclose() && !c.anonymous(),
                c.getRatingComment(), mine && task.getState() == ReviewState.PENDING, settings.lowScore());
    }

    /** The complainant's name and phone for the supervisor calling back, if they consented; audited. */
    @Transactional
    public Identity revealIdentity(long taskId, SignedInUser viewer, String clientIp) {
        ReviewTask task = visible(taskId, viewer);
        Complaint c = complaints.findById(task.getComplaintId()).orElseThrow();
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
        Complaint c = complaints.findById(task.getComplaintId()).orElseThrow();
        ComplaintAttachment file = tracking.replyFile(c, attachmentId);
        return new StoredFile(file.fileName(), file.contentType(), file.content());
    }

    /** How many tasks a supervisor has waiting, and how many of them are overdue. */
    @Transactional(readOnly = true)
    public long countWaiting(SignedInUser supervisor, boolean overdueOnly) {
        return count(new ReviewFilter(EnumSet.of(ReviewState.PENDING), null, overdueOnly, null), supervisor);
    }

    private ReviewTask visible(long taskId, SignedInUser viewer) {
        ReviewTask task = tasks.findById(taskId).orElseThrow(() -> new DomainException("review.error.missing"));
        if (viewer.is(Role.INSPECTOR) || viewer.is(Role.LEADER) || isOwn(task, viewer)) {
            return task;
        }
        if (viewer.is(Role.HANDLER) && DONE.contains(task.getState())) {
            Complaint c = complaints.findById(task.getComplaintId()).orElseThrow();
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

    /** A filter narrowed to what the viewer may see, in the repository's terms. */
    private record Scoped(List<String> states, @Nullable Long supervisorId, @Nullable Long departmentId,
                          @Nullable LocalDate dueBefore, @Nullable String text) {
    }

    private Scoped scoped(ReviewFilter filter, SignedInUser viewer) {
        Set<ReviewState> states = filter.states() == null || filter.states().isEmpty()
                ? EnumSet.allOf(ReviewState.class) : EnumSet.copyOf(filter.states());
        Long supervisorId = null;
        Long departmentId = filter.departmentId();
        if (viewer.is(Role.SUPERVISOR)) {
            supervisorId = supervisors.findByUserId(viewer.id()).map(Supervisor::getId).orElse(-1L);
        } else if (viewer.is(Role.HANDLER) && viewer.departmentId() != null) {
            departmentId = viewer.departmentId();
            states.retainAll(DONE);
        } else if (!viewer.is(Role.INSPECTOR) && !viewer.is(Role.LEADER)) {
            throw new DomainException("error.notAllowed");
        }
        if (states.isEmpty()) {
            states = EnumSet.of(ReviewState.CANCELLED);
            supervisorId = -1L; // nothing the viewer may see matches
        }
        String text = filter.text() == null || filter.text().isBlank() ? null
                : filter.text().strip().replace("%", "").replace("_", "");
        return new Scoped(names(states), supervisorId, departmentId, filter.overdue() ? LocalDate.now(clock) : null, text);
    }

    private static List<String> names(Set<ReviewState> states) {
        return states.stream().map(Enum::name).toList();
    }

    private ReviewRow row(ReviewTaskRepository.ReviewRecord r, DirectoryNames.Names names) {
        ReviewState state = ReviewState.valueOf(r.state());
        Warning warning = state == ReviewState.PENDING
                ? calendar.warning(LocalDate.now(clock), r.dueOn(), settings.warningDays()) : Warning.NONE;
        return new ReviewRow(r.id(), r.complaintId(), r.trackingCode(), r.subject(), names.department(r.departmentId()),
                r.supervisorName(), Arrays.stream(Background.values()).filter(b -> b.name().equals(r.supervisorBackground()))
                .findFirst().orElse(Background.OTHER), state, r.assignedOn(), r.dueOn(), warning, r.timeliness(),
                r.quality(), r.attitude(), r.comment(), r.reviewedAt(), r.findingId());
    }
}
