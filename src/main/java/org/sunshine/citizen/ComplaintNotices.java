package org.sunshine.citizen;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.complaint.Complaint;
import org.sunshine.complaint.ComplaintAction;
import org.sunshine.complaint.ComplaintQueries;
import org.sunshine.complaint.ComplaintWorkflow;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.notification.Contact;
import org.sunshine.notification.Notice;
import org.sunshine.notification.Notifier;
import org.sunshine.workflow.StepTaken;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Tells the complainant, if they left a phone or an e-mail address, of each step {@link StepNotices#COMPLAINT}
 * lists: in the step's transaction, keyed on the step ({@code complaint:step:<eventId>}), in the language they filed
 * in. Every complaint notice is filled in with the same five arguments: {0} the tracking code, {1} the date that
 * matters now as a text message writes it (2月24日, 24 Feb), {2} the same date in full, {3} the step's detail (a
 * reason, a department, a rating), {4} the tracking page's address.
 */
@Singleton
class ComplaintNotices {

    private static final Logger LOG = LoggerFactory.getLogger(ComplaintNotices.class);

    private final ComplaintQueries complaints;
    private final DepartmentService departments;
    private final NoticeWords words;
    private final Notifier notifier;

    ComplaintNotices(ComplaintQueries complaints, DepartmentService departments, NoticeWords words, Notifier notifier) {
        this.complaints = complaints;
        this.departments = departments;
        this.words = words;
        this.notifier = notifier;
    }

    @EventListener
    void on(StepTaken step) {
        if (!step.machine().equals(ComplaintWorkflow.TABLE.name())) {
            return;
        }
        ComplaintAction action = ComplaintWorkflow.TABLE.action(step.action());
        StepNotices.COMPLAINT.template(action, ComplaintWorkflow.TABLE.state(step.to()))
                .ifPresent(template -> complaints.find(step.recordId()).ifPresent(c ->
                        tell(c, "complaint:step:" + step.eventId(), template, action)));
    }

    /** The reminder that the rating window closes on the next working day: once per complaint. */
    boolean ratingClosing(Complaint c) {
        return tell(c, "complaint:rating-closing:" + c.getId(), StepNotices.RATING_CLOSING, null);
    }

    /** Puts the notice in the outbox; false when the complainant left no phone and no e-mail address. */
    private boolean tell(Complaint c, String eventKey, String template, @Nullable ComplaintAction action) {
        Contact to = new Contact(c.getComplainantPhone(), c.getComplainantEmail());
        if (!to.reachable()) {
            return false;
        }
        Locale locale = NoticeWords.locale(c.getFilingLanguage());
        List<String> args;
        try {
            args = args(c, action, locale);
        } catch (RuntimeException e) {
            // a notice that cannot be worded must not undo the complainant's or the department's step
            LOG.error("Notice {} of complaint {} could not be worded: not told", eventKey, c.getTrackingCode(), e);
            return false;
        }
        notifier.notify(new Notice(eventKey, to, template, args, locale));
        return true;
    }

    /** The tracking code, the date short and in full, the step's detail, the page; {@code action} null: the reminder. */
    List<String> args(Complaint c, @Nullable ComplaintAction action, Locale locale) {
        if (action == null) {
            return args(c, c.getRatingDue(), "", locale);
        }
        return switch (action) {
            case SUBMIT, ACCEPT -> args(c, c.getAcceptDue(), "", locale);
            case REJECT -> args(c, null, c.getRejectReason(), locale);
            case ASSIGN, REOPEN -> args(c, c.getHandleDue(), department(c), locale);
            case APPROVE_EXTENSION -> args(c, c.getHandleDue(), String.valueOf(c.getExtensionDays()), locale);
            case REPLY -> args(c, c.getRatingDue(), department(c), locale);
            case RATE -> args(c, null, c.getRating() == null ? ""
                    : words.label("complaint.rating." + c.getRating().name(), locale), locale);
            case EXPIRE -> args(c, c.getRatingDue(), "", locale);
            default -> args(c, null, "", locale);
        };
    }

    private List<String> args(Complaint c, @Nullable LocalDate date, @Nullable String detail, Locale locale) {
        return List.of(c.getTrackingCode(), words.shortDate(date, locale), words.date(date, locale),
                detail == null ? "" : detail, words.complaintPage(c.getTrackingCode()));
    }

    private String department(Complaint c) {
        return c.getDepartmentId() == null ? "" : departments.row(c.getDepartmentId()).map(DepartmentRow::name).orElse("");
    }
}
