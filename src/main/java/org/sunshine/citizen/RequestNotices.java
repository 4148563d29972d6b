package org.sunshine.citizen;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.inforequest.InfoRequest;
import org.sunshine.inforequest.Organs;
import org.sunshine.inforequest.RequestAction;
import org.sunshine.inforequest.RequestQueries;
import org.sunshine.inforequest.RequestState;
import org.sunshine.inforequest.RequestWorkflow;
import org.sunshine.notification.Contact;
import org.sunshine.notification.Notice;
import org.sunshine.notification.Notifier;
import org.sunshine.workflow.StepTaken;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Tells the applicant, if they left a phone or an e-mail address, of each step {@link StepNotices#REQUEST} lists: in
 * the step's transaction, keyed on the step ({@code inforequest:step:<eventId>}), in the language they filed in. Every
 * application notice is filled in with the same five arguments: {0} the application's number, {1} the date
 * that matters now as a text message writes it (2月24日, 24 Feb), {2} the same date in full, {3} the step's detail
 * (the organ, what to correct, the fee, the result), {4} the tracking page's address.
 */
@Singleton
class RequestNotices {

    private static final Logger LOG = LoggerFactory.getLogger(RequestNotices.class);

    private final RequestQueries requests;
    private final Organs organs;
    private final NoticeWords words;
    private final Notifier notifier;

    RequestNotices(RequestQueries requests, Organs organs, NoticeWords words, Notifier notifier) {
        this.requests = requests;
        this.organs = organs;
        this.words = words;
        this.notifier = notifier;
    }

    @EventListener
    void on(StepTaken step) {
        if (!step.machine().equals(RequestWorkflow.TABLE.name())) {
            return;
        }
        RequestAction action = RequestWorkflow.TABLE.action(step.action());
        StepNotices.REQUEST.template(action, RequestWorkflow.TABLE.state(step.to()))
                .ifPresent(template -> requests.find(step.recordId())
                        .ifPresent(r -> tell(r, "inforequest:step:" + step.eventId(), template, action)));
    }

    private void tell(InfoRequest r, String eventKey, String template, RequestAction action) {
        Contact to = new Contact(r.getPhone(), r.getEmail());
        if (!to.reachable()) {
            return;
        }
        Locale locale = NoticeWords.locale(r.getFilingLanguage());
        List<String> args;
        try {
            args = args(r, action, locale);
        } catch (RuntimeException e) {
            // a notice that cannot be worded must not undo the applicant's or the organ's step
            LOG.error("Notice {} of application {} could not be worded: not told", eventKey, r.getRequestNo(), e);
            return;
        }
        notifier.notify(new Notice(eventKey, to, template, args, locale));
    }

    /** The number, the date that matters now short and in full, the step's detail, the page. */
    List<String> args(InfoRequest r, RequestAction action, Locale locale) {
        return switch (action) {
            // online: to be confirmed by the organ; recorded by staff: registered at once, on the reply clock
            case FILE -> args(r, r.getState() == RequestState.SUBMITTED ? r.getRegisterDue() : r.getReplyDue(),
                    organ(r), locale);
            case REGISTER, CORRECT, CONSULT -> args(r, r.getReplyDue(), organ(r), locale);
            case REQUEST_CORRECTION -> args(r, r.getCorrectionDue(), r.getCorrectionItems(), locale);
            case APPROVE_EXTENSION -> args(r, r.getReplyDue(), String.valueOf(r.getExtensionDays()), locale);
            case REQUEST_FEE -> args(r, r.getFeeDue(), r.getFeeAmount() == null ? "" : r.getFeeAmount().toPlainString(),
                    locale);
            case REPLY, TERMINATE -> args(r, r.getRepliedOn(), r.getResult() == null ? ""
                    : words.label("inforequest.result." + r.getResult().name(), locale), locale);
            default -> args(r, null, "", locale);
        };
    }

    private List<String> args(InfoRequest r, @Nullable LocalDate date, @Nullable String detail, Locale locale) {
        return List.of(r.getRequestNo(), words.shortDate(date, locale), words.date(date, locale),
                detail == null ? "" : detail, words.requestPage(r.getRequestNo()));
    }

    private String organ(InfoRequest r) {
        return organs.of(r).name();
    }
}
