package org.sunshine.complaint;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.Attachments;
import org.sunshine.directory.DepartmentService;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.By;
import org.sunshine.workflow.History;
import org.sunshine.workflow.Step;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * What staff do with a complaint: an inspector accepts or rejects it, routes it, decides returns and extensions and
 * sends reminders; the department's handler takes it on, asks to return it or for more time, and replies. Every
 * action goes through {@link ComplaintWorkflow}, is recorded in the item's history, and changes nothing if refused.
 * A handler acts only on their own department's items.
 */
@Singleton
public class ComplaintHandling {

    static final int MAX_REASON = 500;
    static final int MAX_REPLY = 5000;

    private final ComplaintRepository complaints;
    private final AttachmentRepository attachments;
    private final DepartmentService departments;
    private final ComplaintDeadlines deadlines;
    private final History history;
    private final ComplaintSettings settings;
    private final ApplicationEventPublisher<ComplaintReplied> events;
    private final BusinessClock clock;

    ComplaintHandling(ComplaintRepository complaints, AttachmentRepository attachments, DepartmentService departments,
                      ComplaintDeadlines deadlines, History history, ComplaintSettings settings,
                      ApplicationEventPublisher<ComplaintReplied> events, BusinessClock clock) {
        this.complaints = complaints;
        this.attachments = attachments;
        this.departments = departments;
        this.deadlines = deadlines;
        this.history = history;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void accept(long id, String note, SignedInUser inspector) {
        act(id, ComplaintAction.ACCEPT, inspector, note, c -> { });
    }

    @Transactional
    public void reject(long id, String reason, SignedInUser inspector) {
        String text = required(reason, "reason", "complaint.error.reason");
        act(id, ComplaintAction.REJECT, inspector, text, c -> {
            c.setRejectReason(text);
            c.setClosedAt(clock.now());
        });
    }

    /** Routes an accepted item to a department; its 10 working days start today. */
    @Transactional
    public void assign(long id, long departmentId, String note, SignedInUser inspector) {
        if (!departments.isActive(departmentId)) {
            throw DomainException.on("departmentId", "complaint.error.department");
        }
        act(id, ComplaintAction.ASSIGN, inspector, note, c -> {
            LocalDate today = deadlines.today();
            c.setDepartmentId(departmentId);
            c.setHandleStart(today);
            c.setExtensionDays(0);
            c.setRequestedExtensionDays(null);
            c.setHandleDue(deadlines.handleDue(today, 0));
        });
    }

    @Transactional
    public void receive(long id, SignedInUser handler) {
        act(id, ComplaintAction.RECEIVE, handler, "", c -> { });
    }

    @Transactional
    public void requestReturn(long id, String reason, SignedInUser handler) {
        act(id, ComplaintAction.REQUEST_RETURN, handler, required(reason, "reason", "complaint.error.reason"), c -> { });
    }

    /** Approving sends the item back to the inspector's queue to be routed again; refusing keeps it with the department. */
    @Transactional
    public void decideReturn(long id, boolean approve, String note, SignedInUser inspector) {
        if (approve) {
            act(id, ComplaintAction.APPROVE_RETURN, inspector, note, c -> {
                c.setDepartmentId(null);
                c.setHandleStart(null);
                c.setHandleDue(null);
            });
        } else {
            act(id, ComplaintAction.REFUSE_RETURN, inspector, required(note, "reason", "complaint.error.reason"), c -> { });
        }
    }

    @Transactional
    public void requestExtension(long id, int days, String reason, SignedInUser handler) {
        if (days < 1 || days > settings.maxExtensionDays()) {
            throw DomainException.on("days", "complaint.error.extensionDays", settings.maxExtensionDays());
        }
        String text = required(reason, "reason", "complaint.error.reason");
        act(id, ComplaintAction.REQUEST_EXTENSION, handler, text + " (+" + days + ")", c -> c.setRequestedExtensionDays(days));
    }

    /** Approving adds the requested working days to the handling deadline. */
    @Transactional
    public void decideExtension(long id, boolean approve, String note, SignedInUser inspector) {
        if (approve) {
            act(id, ComplaintAction.APPROVE_EXTENSION, inspector, note, c -> {
                c.setExtensionDays(c.getRequestedExtensionDays());
                c.setHandleDue(deadlines.handleDue(c.getHandleStart(), c.getExtensionDays()));
            });
        } else {
            act(id, ComplaintAction.REFUSE_EXTENSION, inspector, required(note, "reason", "complaint.error.reason"), c -> { });
        }
    }

    /** The department's answer to the complainant; the complainant has 5 working days to rate it. */
    @Transactional
    public void reply(long id, String text, List<Attachments.Upload> files, SignedInUser handler) {
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty() || answer.length() > MAX_REPLY) {
            throw DomainException.on("reply", "complaint.error.reply", MAX_REPLY);
        }
        List<Attachments.Checked> checked = Attachments.check(files == null ? List.of() : files);
        Step<ComplaintState, ComplaintAction> step = act(id, ComplaintAction.REPLY, handler, "", c -> {
            LocalDate today = deadlines.today();
            c.setReplyText(answer);
            c.setRepliedAt(clock.now());
            c.setRatingStart(today);
            c.setRatingDue(deadlines.ratingDue(today));
        });
        Instant now = clock.now();
        for (Attachments.Checked file : checked) {
            attachments.save(new ComplaintAttachment(null, id, step.id(), file.fileName(), file.contentType(),
                    file.content().length, file.sha256(), file.content(), now));
        }
        Complaint replied = complaints.findById(id).orElseThrow();
        events.publishEvent(new ComplaintReplied(id, replied.getDepartmentId(), replied.getKeyAreaId(), deadlines.today()));
    }

    /** 催办: recorded in the history (and seen by the department and the complainant); the state does not change. */
    @Transactional
    public void remind(long id, String note, SignedInUser inspector) {
        act(id, ComplaintAction.REMIND, inspector, note, c -> { });
    }

    /** Checks the role, the department and the workflow, applies the change and records it; returns the step. */
    private Step<ComplaintState, ComplaintAction> act(long id, ComplaintAction action, SignedInUser who, String note,
                                                     Consumer<Complaint> change) {
        Complaint complaint = complaints.findById(id).orElseThrow(() -> new DomainException("complaint.error.missing"));
        Actor actor = actorOf(who, complaint);
        ComplaintWorkflow.checkGuards(complaint, action);
        return history.move(ComplaintWorkflow.TABLE, complaint, action, By.as(actor, who), note, change,
                complaints::update);
    }

    /** Inspectors act on every item; a handler only on their own department's. */
    static Actor actorOf(SignedInUser who, Complaint complaint) {
        if (who != null && who.is(Role.INSPECTOR)) {
            return Actor.INSPECTOR;
        }
        if (who != null && who.is(Role.HANDLER) && who.departmentId() != null
                && who.departmentId().equals(complaint.getDepartmentId())) {
            return Actor.HANDLER;
        }
        throw new DomainException("error.notAllowed");
    }

    private static String required(String text, String field, String key) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_REASON) {
            throw DomainException.on(field, key, MAX_REASON);
        }
        return stripped;
    }
}
