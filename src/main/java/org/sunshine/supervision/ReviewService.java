package org.sunshine.supervision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Messages;
import org.sunshine.calendar.CalendarListener;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.complaint.Complaint;
import org.sunshine.complaint.ComplaintReplied;
import org.sunshine.complaint.ComplaintRepository;
import org.sunshine.finding.FindingService;
import org.sunshine.finding.IssueType;
import org.sunshine.finding.Severity;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.User;
import org.sunshine.security.UserRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * Review tasks (回访 / 评议). When a department replies to a complaint, the complaint is drawn for review at the
 * configured sample rate and given to one supervisor in office whose scope covers it — the one with the fewest
 * tasks waiting — so that a complainant is called back once, not by everyone. The supervisor scores it, or marks it
 * as not verifiable; a low score opens a finding against the department. When a term ends, its waiting tasks pass to
 * another supervisor who covers the complaint, or are cancelled if there is none.
 */
@Singleton
public class ReviewService implements CalendarListener {

    public static final int MAX_COMMENT = 1000;

    private final ReviewTaskRepository tasks;
    private final SupervisorRepository supervisors;
    private final ComplaintRepository complaints;
    private final UserRepository users;
    private final FindingService findings;
    private final WorkingDayCalendar calendar;
    private final SupervisionSettings settings;
    private final Messages messages;
    private final Clock clock;
    /** Draws a number in [0, 100) for the sample; replaced only by tests. */
    IntSupplier percentile = () -> ThreadLocalRandom.current().nextInt(100);

    ReviewService(ReviewTaskRepository tasks, SupervisorRepository supervisors, ComplaintRepository complaints,
                  UserRepository users, FindingService findings, WorkingDayCalendar calendar,
                  SupervisionSettings settings, Messages messages, Clock clock) {
        this.tasks = tasks;
        this.supervisors = supervisors;
        this.complaints = complaints;
        this.users = users;
        this.findings = findings;
        this.calendar = calendar;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    /** A department replied: draw the complaint for review and give it to a supervisor who covers it. */
    @EventListener
    @Transactional
    public void onReplied(ComplaintReplied replied) {
        if (tasks.existsByComplaintIdAndState(replied.complaintId(), ReviewState.PENDING)) {
            return; // replied again after a reopening: the review under way covers the new reply too
        }
        if (percentile.getAsInt() >= settings.samplePercent()) {
            return;
        }
        pickSupervisor(replied.departmentId(), replied.keyAreaId(), null).ifPresent(supervisor -> {
            Instant now = now();
            ReviewTask task = new ReviewTask();
            task.setComplaintId(replied.complaintId());
            task.setSupervisorId(supervisor.getId());
            task.setState(ReviewState.PENDING);
            task.setAssignedOn(replied.repliedOn());
            task.setDueOn(calendar.plus(replied.repliedOn(), settings.reviewDays()));
            task.setCreatedAt(now);
            task.setUpdatedAt(now);
            tasks.save(task);
        });
    }

    /**
     * The supervisor's review: three scores from 1 to 5 and a comment (required when a score is low). A score at or
     * below {@code lowScore} opens a finding against the department that replied; returns its id, if any.
     */
    @Transactional
    public Optional<Long> review(long taskId, @Nullable Integer timeliness, @Nullable Integer quality,
                                 @Nullable Integer attitude, String comment, SignedInUser reviewer) {
        ReviewTask task = ownPendingTask(taskId, reviewer);
        checkScore("timeliness", timeliness);
        checkScore("quality", quality);
        checkScore("attitude", attitude);
        String text = comment == null ? "" : comment.strip();
        if (text.length() > MAX_COMMENT) {
            throw DomainException.on("comment", "review.error.comment", MAX_COMMENT);
        }
        int lowest = Math.min(timeliness, Math.min(quality, attitude));
        boolean low = lowest <= settings.lowScore();
        if (low && text.isEmpty()) {
            throw DomainException.on("comment", "review.error.lowScoreComment", settings.lowScore());
        }
        task.setTimeliness(timeliness);
        task.setQuality(quality);
        task.setAttitude(attitude);
        task.setComment(text);
        task.setState(ReviewState.REVIEWED);
        task.setReviewedAt(now());
        if (low) {
            Complaint complaint = complaints.findById(task.getComplaintId()).orElseThrow();
            IssueType issue = timeliness == lowest ? IssueType.LATE : quality == lowest ? IssueType.INCOMPLETE : IssueType.OTHER;
            String description = messages.getTranslation("review.autoFinding", Messages.CHINESE,
                    complaint.getTrackingCode(), complaint.getSubject(), timeliness, quality, attitude, text);
            task.setFindingId(findings.fileFromReview(complaint.getDepartmentId(), complaint.getKeyAreaId(),
                    complaint.getId(), issue, lowest <= 1 ? Severity.MAJOR : Severity.MINOR, description, reviewer));
        }
        save(task);
        return Optional.ofNullable(task.getFindingId());
    }

    /** The supervisor could not verify how the complaint was handled (e.g. the complainant could not be reached). */
    @Transactional
    public void unverifiable(long taskId, String reason, SignedInUser reviewer) {
        ReviewTask task = ownPendingTask(taskId, reviewer);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_COMMENT) {
            throw DomainException.on("comment", "review.error.unverifiableReason", MAX_COMMENT);
        }
        task.setComment(text);
        task.setState(ReviewState.UNVERIFIABLE);
        task.setReviewedAt(now());
        save(task);
    }

    /**
     * Hands a supervisor's waiting tasks to another supervisor in office who covers each complaint, or cancels them
     * (the comment says why: {@code reasonKey}).
     */
    @Transactional
    public void release(Supervisor leaving, String reasonKey) {
        for (ReviewTask task : tasks.findBySupervisorIdAndState(leaving.getId(), ReviewState.PENDING)) {
            Complaint complaint = complaints.findById(task.getComplaintId()).orElseThrow();
            Optional<Supervisor> next = pickSupervisor(complaint.getDepartmentId(), complaint.getKeyAreaId(), leaving.getId());
            if (next.isPresent()) {
                task.setSupervisorId(next.get().getId());
            } else {
                task.setState(ReviewState.CANCELLED);
                task.setComment(messages.getTranslation(reasonKey, Messages.CHINESE, leaving.getName()));
            }
            save(task);
        }
    }

    /** Review deadlines follow the calendar: recomputed from the day each task was given. */
    @Override
    @Transactional
    public int calendarChanged(LocalDate from, LocalDate to) {
        int changed = 0;
        for (ReviewTask task : tasks.findByStateInList(EnumSet.of(ReviewState.PENDING))) {
            LocalDate due = calendar.plus(task.getAssignedOn(), settings.reviewDays());
            if (!due.equals(task.getDueOn())) {
                task.setDueOn(due);
                save(task);
                changed++;
            }
        }
        return changed;
    }

    /** The in-office supervisor covering a department or key area with the fewest waiting tasks (then the longest serving). */
    private Optional<Supervisor> pickSupervisor(@Nullable Long departmentId, @Nullable Long keyAreaId, @Nullable Long except) {
        Map<Long, Long> pending = tasks.countPending().stream()
                .collect(Collectors.toMap(ReviewTaskRepository.PendingCount::supervisorId, ReviewTaskRepository.PendingCount::pending));
        LocalDate today = LocalDate.now(clock);
        List<Supervisor> active = supervisors.findActive(today);
        return active.stream()
                .filter(s -> !Objects.equals(s.getId(), except))
                .filter(s -> isUsable(s.getUserId()))
                .filter(s -> supervisors.scopeOf(s.getId()).covers(departmentId, keyAreaId))
                .min(Comparator.<Supervisor>comparingLong(s -> pending.getOrDefault(s.getId(), 0L))
                        .thenComparing(Supervisor::getTermStart).thenComparing(Supervisor::getId));
    }

    private boolean isUsable(long userId) {
        return users.findById(userId).map(User::isEnabled).orElse(false);
    }

    private ReviewTask ownPendingTask(long taskId, SignedInUser reviewer) {
        if (reviewer == null || !reviewer.is(Role.SUPERVISOR)) {
            throw new DomainException("error.notAllowed");
        }
        ReviewTask task = tasks.findById(taskId).orElseThrow(() -> new DomainException("review.error.missing"));
        Supervisor supervisor = supervisors.findByUserId(reviewer.id()).orElseThrow(() -> new DomainException("error.notAllowed"));
        if (!task.getSupervisorId().equals(supervisor.getId())) {
            throw new DomainException("error.notAllowed");
        }
        if (task.getState() != ReviewState.PENDING) {
            throw new DomainException("error.notNow");
        }
        return task;
    }

    private void checkScore(String field, @Nullable Integer score) {
        if (score == null || score < 1 || score > 5) {
            throw DomainException.on(field, "review.error.score");
        }
    }

    private void save(ReviewTask task) {
        task.setUpdatedAt(now());
        try {
            tasks.update(task);
        } catch (OptimisticLockException e) {
            throw new DomainException("error.changedMeanwhile");
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
