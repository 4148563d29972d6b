package org.sunshine.complaint;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.ClientAddresses;
import org.sunshine.base.DomainException;
import org.sunshine.base.RateLimiter;
import org.sunshine.base.BusinessClock;
import org.sunshine.directory.DirectoryNames;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.By;
import org.sunshine.workflow.History;
import org.sunshine.workflow.Step;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What the complainant does with the tracking code and the secret query code: look the item up, rate the reply,
 * ask once for it to be handled again, or withdraw it before it is answered. Wrong codes are counted per address,
 * so that query codes cannot be guessed.
 */
@Singleton
public class ComplaintTracking {

    static final Duration WINDOW = Duration.ofHours(1);
    static final int MAX_COMMENT = 500;
    /** A mainland mobile number, with or without +86. */
    private static final Pattern MOBILE = Pattern.compile("(\\+?86)?1\\d{10}");

    private final ComplaintRepository complaints;
    private final History history;
    private final RateLimiter limiter;
    private final ComplaintSettings settings;
    private final ComplaintDeadlines deadlines;
    private final AttachmentRepository attachments;
    private final DirectoryNames directoryNames;
    private final BusinessClock clock;

    ComplaintTracking(ComplaintRepository complaints, History history, RateLimiter limiter, ComplaintSettings settings,
                      ComplaintDeadlines deadlines, AttachmentRepository attachments, DirectoryNames directoryNames,
                      BusinessClock clock) {
        this.complaints = complaints;
        this.history = history;
        this.limiter = limiter;
        this.settings = settings;
        this.deadlines = deadlines;
        this.attachments = attachments;
        this.directoryNames = directoryNames;
        this.clock = clock;
    }

    /**
     * The item behind both codes, or empty for any wrong pair (which does not say which code was wrong). Every
     * lookup takes a place in the address's hourly allowance of wrong codes, given back when the codes were right.
     *
     * @throws DomainException {@code complaint.error.tooManyLookups} (with the minutes to wait) after too many wrong
     *                         codes from this address
     */
    @Transactional(readOnly = true)
    public Optional<Complaint> find(String trackingCode, String queryCode, String clientIp) {
        String key = "lookup:" + ClientAddresses.bucket(clientIp);
        RateLimiter.Decision decision = limiter.tryAcquire(key, settings.lookupFailuresPerHour(), WINDOW);
        if (!decision.allowed()) {
            throw new DomainException("complaint.error.tooManyLookups", decision.retryAfterMinutes());
        }
        Optional<Complaint> found = complaints.findByTrackingCode(TrackingCodes.normalize(trackingCode))
                .filter(c -> TrackingCodes.matches(queryCode, c.getQueryCodeSalt(), c.getQueryCodeHash()));
        if (found.isPresent()) {
            limiter.release(key);
        }
        return found;
    }

    /** What the complainant may see of an item found with both codes. */
    @Transactional(readOnly = true)
    public PublicView view(Complaint c) {
        DirectoryNames.Names names = directoryNames.read();
        List<PublicView.Step> steps = history.of(ComplaintWorkflow.TABLE, c.getId()).stream()
                .map(e -> new PublicView.Step(e.at(), e.action(), e.to(),
                        e.departmentId() == null ? null : names.department(e.departmentId()), publicDetail(e)))
                .toList();
        List<ComplaintAttachment.Info> replyFiles = attachments.findInfos(c.getId()).stream()
                .filter(a -> a.eventId() != null).toList();
        LocalDate due = deadlines.currentDue(c);
        return new PublicView(c.getTrackingCode(), c.getType(), c.getSubject(), c.getContent(), c.getState(),
                c.getSubmittedAt(),
                c.getRequestedDepartmentId() == null ? null : names.department(c.getRequestedDepartmentId()),
                c.getDepartmentId() == null ? null : names.department(c.getDepartmentId()), due,
                deadlines.usesFallback(due), c.getReplyText(), c.getRepliedAt(), c.getRating(), c.getRejectReason(),
                c.getExtensionDays(), steps, replyFiles,
                ComplaintWorkflow.available(c.getState(), Actor.PUBLIC, c.extensionUsed(), c.isReopened()),
                noticesTo(c));
    }

    /** The e-mail address and the mobile number the notices go to, masked; a landline gets no text message. */
    static List<String> noticesTo(Complaint c) {
        List<String> to = new ArrayList<>();
        if (c.getComplainantEmail() != null) {
            to.add(Masking.email(c.getComplainantEmail()));
        }
        if (c.getComplainantPhone() != null && MOBILE.matcher(c.getComplainantPhone().replaceAll("[ \\-]", "")).matches()) {
            to.add(Masking.phone(c.getComplainantPhone()));
        }
        return to;
    }

    /** A file of the reply, for the complainant who found the item with both codes. */
    @Transactional(readOnly = true)
    public ComplaintAttachment replyFile(Complaint c, long attachmentId) {
        return attachments.findById(attachmentId)
                .filter(a -> a.complaintId().equals(c.getId()) && a.eventId() != null)
                .orElseThrow(() -> new DomainException("complaint.error.missing"));
    }

    private static String publicDetail(Step<ComplaintState, ComplaintAction> e) {
        return switch (e.action()) {
            case REJECT, RATE, REOPEN, WITHDRAW -> e.note();
            case DEADLINE_CHANGED -> e.note().contains("->") ? e.note().substring(e.note().indexOf("->") + 2).strip() : "";
            default -> "";
        };
    }

    /** Rates the reply and closes the item. */
    @Transactional
    public void rate(String trackingCode, String queryCode, String clientIp, Rating rating, String comment) {
        if (rating == null || rating == Rating.NOT_RATED) {
            throw DomainException.on("rating", "complaint.error.rating");
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() > MAX_COMMENT) {
            throw DomainException.on("comment", "complaint.error.comment", MAX_COMMENT);
        }
        act(trackingCode, queryCode, clientIp, ComplaintAction.RATE, text, c -> {
            c.setRating(rating);
            c.setRatingComment(text.isEmpty() ? null : text);
            c.setClosedAt(clock.now());
        });
    }

    /** 不满意, and asks for the item to be handled again: once; the department gets a new handling clock. */
    @Transactional
    public void reopen(String trackingCode, String queryCode, String clientIp, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_COMMENT) {
            throw DomainException.on("comment", "complaint.error.reopenReason", MAX_COMMENT);
        }
        act(trackingCode, queryCode, clientIp, ComplaintAction.REOPEN, text, c -> {
            c.setReopened(true);
            c.setRating(Rating.DISSATISFIED);
            c.setRatingComment(text);
            c.setRatingStart(null);
            c.setRatingDue(null);
            // a new handling clock for the department; the extension already used stays used
            c.setHandleStart(deadlines.today());
            c.setExtensionDays(0);
            c.setHandleDue(deadlines.handleDue(c.getHandleStart(), 0));
        });
    }

    @Transactional
    public void withdraw(String trackingCode, String queryCode, String clientIp, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.length() > MAX_COMMENT) {
            throw DomainException.on("comment", "complaint.error.comment", MAX_COMMENT);
        }
        act(trackingCode, queryCode, clientIp, ComplaintAction.WITHDRAW, text, c -> c.setClosedAt(clock.now()));
    }

    private void act(String trackingCode, String queryCode, String clientIp, ComplaintAction action, String note,
                     Consumer<Complaint> change) {
        Complaint complaint = find(trackingCode, queryCode, clientIp)
                .orElseThrow(() -> new DomainException("complaint.error.notFound"));
        ComplaintWorkflow.checkGuards(complaint, action);
        history.move(ComplaintWorkflow.TABLE, complaint, action, By.PUBLIC, note, change, complaints::update);
    }
}
