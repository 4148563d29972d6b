package org.sunshine.supervision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.calendar.Warning;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.complaint.Complaint;
import org.sunshine.complaint.ComplaintQueries;
import org.sunshine.directory.DirectoryNames;
import org.sunshine.finding.FindingQueries;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The lists of review tasks, as each viewer may see them: a supervisor their own tasks; inspectors and leaders all
 * of them; a department's handler the finished reviews of its own complaints. The supervisor's contact details are
 * never part of a review. One task with its complaint is {@link ReviewDetails}.
 */
@Singleton
public class ReviewQueries {

    static final int MAX_EXPORT = 10_000;
    static final Set<ReviewState> DONE = EnumSet.of(ReviewState.REVIEWED, ReviewState.UNVERIFIABLE);

    private final ReviewTaskRepository tasks;
    private final SupervisorRepository supervisors;
    private final ComplaintQueries complaints;
    private final WorkingDayCalendar calendar;
    private final SupervisionSettings settings;
    private final DirectoryNames directoryNames;
    private final FindingQueries findings;
    private final BusinessClock clock;

    ReviewQueries(ReviewTaskRepository tasks, SupervisorRepository supervisors, ComplaintQueries complaints,
                  WorkingDayCalendar calendar, SupervisionSettings settings, DirectoryNames directoryNames,
                  FindingQueries findings, BusinessClock clock) {
        this.tasks = tasks;
        this.supervisors = supervisors;
        this.complaints = complaints;
        this.calendar = calendar;
        this.settings = settings;
        this.directoryNames = directoryNames;
        this.findings = findings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ReviewRow> search(ReviewFilter filter, SignedInUser viewer, int offset, int limit) {
        Scoped s = scoped(filter, viewer);
        DirectoryNames.Names names = directoryNames.read();
        return rows(tasks.search(s.states(), s.supervisorId(), s.departmentId(), s.dueBefore(), s.text(), limit, offset),
                names);
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
        Complaint complaint = complaints.find(complaintId).orElseThrow(() -> new DomainException("complaint.error.missing"));
        boolean allowed = viewer.is(Role.INSPECTOR) || viewer.is(Role.LEADER)
                || (viewer.is(Role.HANDLER) && viewer.departmentId() != null && viewer.departmentId().equals(complaint.getDepartmentId()));
        if (!allowed) {
            return List.of();
        }
        DirectoryNames.Names names = directoryNames.read();
        return rows(tasks.search(names(DONE), null, null, null, complaint.getTrackingCode(), 100, 0).stream()
                .filter(r -> r.complaintId() == complaintId).toList(), names);
    }

    /** How many tasks a supervisor has waiting, and how many of them are overdue. */
    @Transactional(readOnly = true)
    public long countWaiting(SignedInUser supervisor, boolean overdueOnly) {
        return count(new ReviewFilter(EnumSet.of(ReviewState.PENDING), null, overdueOnly, null), supervisor);
    }

    /** One task as listed, whoever the viewer; the caller has checked that they may see it. */
    ReviewRow row(ReviewTask task, String trackingCode) {
        DirectoryNames.Names names = directoryNames.read();
        return rows(tasks.search(names(EnumSet.allOf(ReviewState.class)), task.getSupervisorId(), null, null, trackingCode,
                100, 0).stream().filter(r -> r.id().equals(task.getId())).toList(), names).stream().findFirst().orElseThrow();
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
        return new Scoped(names(states), supervisorId, departmentId, filter.overdue() ? clock.today() : null, text);
    }

    private static List<String> names(Set<ReviewState> states) {
        return states.stream().map(Enum::name).toList();
    }

    /** The records as rows, each with the reference of the finding its review opened (read in one go). */
    private List<ReviewRow> rows(List<ReviewTaskRepository.ReviewRecord> found, DirectoryNames.Names names) {
        Map<Long, String> references = findings.references(found.stream().map(ReviewTaskRepository.ReviewRecord::findingId)
                .filter(Objects::nonNull).toList());
        return found.stream().map(r -> row(r, names, references)).toList();
    }

    private ReviewRow row(ReviewTaskRepository.ReviewRecord r, DirectoryNames.Names names, Map<Long, String> references) {
        ReviewState state = ReviewState.valueOf(r.state());
        Warning warning = state == ReviewState.PENDING
                ? calendar.warning(clock.today(), r.dueOn(), settings.warningDays()) : Warning.NONE;
        return new ReviewRow(r.id(), r.complaintId(), r.trackingCode(), r.subject(), names.department(r.departmentId()),
                r.supervisorName(), Arrays.stream(Background.values()).filter(b -> b.name().equals(r.supervisorBackground()))
                .findFirst().orElse(Background.OTHER), state, r.assignedOn(), r.dueOn(), warning, r.timeliness(),
                r.quality(), r.attitude(), r.comment(), r.reviewedAt(), r.findingId(),
                r.findingId() == null ? null : references.get(r.findingId()));
    }
}
