package org.sunshine.supervision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Messages;
import org.sunshine.complaint.Complaint;
import org.sunshine.complaint.ComplaintQueries;
import org.sunshine.finding.FindingService;
import org.sunshine.finding.IssueType;
import org.sunshine.finding.Severity;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.By;
import org.sunshine.workflow.History;

import java.util.Optional;

/**
 * The supervisor's review (回访 / 评议) of a task given to them: three scores, or "could not verify" with the reason.
 * A low score opens a finding against the department that replied. Both go through {@link ReviewWorkflow} and are
 * recorded in the task's history.
 */
@Singleton
public class ReviewService {

    public static final int MAX_COMMENT = 1000;

    private final ReviewTaskRepository tasks;
    private final SupervisorRepository supervisors;
    private final ComplaintQueries complaints;
    private final FindingService findings;
    private final SupervisionSettings settings;
    private final Messages messages;
    private final History history;
    private final BusinessClock clock;

    ReviewService(ReviewTaskRepository tasks, SupervisorRepository supervisors, ComplaintQueries complaints,
                  FindingService findings, SupervisionSettings settings, Messages messages, History history,
                  BusinessClock clock) {
        this.tasks = tasks;
        this.supervisors = supervisors;
        this.complaints = complaints;
        this.findings = findings;
        this.settings = settings;
        this.messages = messages;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Three scores from 1 to 5 and a comment (required when a score is low). A score at or below {@code lowScore}
     * opens a finding against the department that replied; returns its id, if any.
     */
    @Transactional
    public Optional<Long> review(long taskId, @Nullable Integer timeliness, @Nullable Integer quality,
                                 @Nullable Integer attitude, String comment, SignedInUser reviewer) {
        ReviewTask task = ownTask(taskId, reviewer, ReviewAction.REVIEW);
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
        Long findingId = null;
        if (low) {
            Complaint complaint = complaints.find(task.getComplaintId()).orElseThrow();
            IssueType issue = timeliness == lowest ? IssueType.LATE : quality == lowest ? IssueType.INCOMPLETE : IssueType.OTHER;
            String description = messages.chinese("review.autoFinding", complaint.getTrackingCode(),
                    complaint.getSubject(), timeliness, quality, attitude, text);
            findingId = findings.fileFromReview(complaint.getDepartmentId(), complaint.getKeyAreaId(),
                    complaint.getId(), issue, lowest <= 1 ? Severity.MAJOR : Severity.MINOR, description, reviewer);
        }
        Long opened = findingId;
        history.move(ReviewWorkflow.TABLE, task, ReviewAction.REVIEW, By.user(reviewer), text, t -> {
            t.setTimeliness(timeliness);
            t.setQuality(quality);
            t.setAttitude(attitude);
            t.setComment(text);
            t.setReviewedAt(clock.now());
            t.setFindingId(opened);
        }, tasks::update);
        return Optional.ofNullable(opened);
    }

    /** The supervisor could not verify how the complaint was handled (e.g. the complainant could not be reached). */
    @Transactional
    public void unverifiable(long taskId, String reason, SignedInUser reviewer) {
        ReviewTask task = ownTask(taskId, reviewer, ReviewAction.MARK_UNVERIFIABLE);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_COMMENT) {
            throw DomainException.on("comment", "review.error.unverifiableReason", MAX_COMMENT);
        }
        history.move(ReviewWorkflow.TABLE, task, ReviewAction.MARK_UNVERIFIABLE, By.user(reviewer), text, t -> {
            t.setComment(text);
            t.setReviewedAt(clock.now());
        }, tasks::update);
    }

    /**
     * The task, if it is the reviewer's own; a task no longer waiting is refused by the table before the form is
     * checked, so a second review says that the task is done rather than what is wrong with a score.
     */
    private ReviewTask ownTask(long taskId, SignedInUser reviewer, ReviewAction action) {
        if (reviewer == null || !reviewer.is(Role.SUPERVISOR)) {
            throw new DomainException("error.notAllowed");
        }
        ReviewTask task = tasks.findById(taskId).orElseThrow(() -> new DomainException("review.error.missing"));
        Supervisor supervisor = supervisors.findByUserId(reviewer.id()).orElseThrow(() -> new DomainException("error.notAllowed"));
        if (!task.getSupervisorId().equals(supervisor.getId())) {
            throw new DomainException("error.notAllowed");
        }
        ReviewWorkflow.TABLE.move(task.getState(), action, Actor.SUPERVISOR);
        return task;
    }

    private static void checkScore(String field, @Nullable Integer score) {
        if (score == null || score < 1 || score > 5) {
            throw DomainException.on(field, "review.error.score");
        }
    }
}
