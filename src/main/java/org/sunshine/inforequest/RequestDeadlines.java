package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.calendar.CalendarListener;
import org.sunshine.calendar.DeadlineKind;
import org.sunshine.calendar.Warning;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.workflow.By;
import org.sunshine.workflow.History;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The clocks of an application (DISCLOSURE.md §1): confirming an online one (1 working day from arrival), replying
 * (20 from the receipt or the correction's receipt, plus the extension, not counting the consultations' and a fee
 * notice's pauses), the applicant's 补正 (15 from the notice) and payment. Each keeps its start date, so a change of
 * the calendar recomputes the open applications' deadlines, each move recorded in its history.
 */
@Singleton
public class RequestDeadlines implements CalendarListener {

    private final WorkingDayCalendar calendar;
    private final RequestSettings settings;
    private final RequestRepository requests;
    private final ConsultationRepository consultations;
    private final History history;
    private final BusinessClock clock;

    RequestDeadlines(WorkingDayCalendar calendar, RequestSettings settings, RequestRepository requests,
                     ConsultationRepository consultations, History history, BusinessClock clock) {
        this.calendar = calendar;
        this.settings = settings;
        this.requests = requests;
        this.consultations = consultations;
        this.history = history;
        this.clock = clock;
    }

    public LocalDate today() {
        return clock.today();
    }

    /** Whether fee notices may be sent ({@code fees-enabled}), which adds the fee's clock. */
    boolean feesEnabled() {
        return settings.feesEnabled();
    }

    /** The reply clock's working days for a new application ({@code reply-days}). */
    int replyDays() {
        return settings.replyDays();
    }

    LocalDate plus(LocalDate start, int days) {
        return calendar.plus(start, days);
    }

    /** The last day a 补正 may be asked for (Art. 30: 7 working days after receipt). */
    LocalDate correctionLimit(InfoRequest request) {
        return calendar.plus(request.getReceivedOn(), settings.correctionWindowDays());
    }

    /** The deadline running now, someone's to meet: confirming, replying, correcting, paying; null once ended. */
    @Nullable
    public LocalDate currentDue(InfoRequest request) {
        DeadlineKind kind = request.getState().deadlineKind();
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case REGISTER -> request.getRegisterDue();
            case REPLY -> request.getReplyDue();
            case CORRECT -> request.getCorrectionDue();
            case PAY -> request.getFeeDue();
            default -> null;
        };
    }

    /** Red or yellow for the organ's clocks (confirming, replying); the applicant's clocks are never marked. */
    public Warning warning(InfoRequest request) {
        RequestState state = request.getState();
        if (state != RequestState.SUBMITTED && !state.onReplyClock()) {
            return Warning.NONE;
        }
        LocalDate due = currentDue(request);
        return due == null ? Warning.NONE : calendar.warning(today(), due, settings.warningDays());
    }

    /** The last date that is within the yellow band from today (for filtering in the database). */
    public LocalDate yellowUntil() {
        return calendar.yellowUntil(today(), settings.warningDays());
    }

    /** Whether the year of a deadline has no holiday schedule loaded yet. */
    public boolean usesFallback(@Nullable LocalDate due) {
        return due != null && !calendar.isLoaded(due.getYear());
    }

    /** The pauses of the reply clock: the consultations, and the fee notice until payment. */
    List<RequestClock.Pause> pauses(InfoRequest request, List<Consultation> letters) {
        List<RequestClock.Pause> pauses = new ArrayList<>();
        letters.forEach(c -> pauses.add(c.pause()));
        if (request.getFeeStart() != null) {
            LocalDate end = request.getFeePaidOn() != null ? request.getFeePaidOn() : request.getFeeDue();
            pauses.add(new RequestClock.Pause(request.getFeeStart(), end));
        }
        return pauses;
    }

    /** Sets every deadline of the application from its clocks' start dates. */
    void recompute(InfoRequest request) {
        recompute(request, request.getId() == null ? List.of() : consultations.findByRequestIdOrderById(request.getId()));
    }

    void recompute(InfoRequest request, List<Consultation> letters) {
        if (request.getChannel().needsConfirmation()) {
            request.setRegisterDue(calendar.plus(request.getArrivedOn(), settings.registerDays()));
        }
        if (request.getCorrectionStart() != null) {
            request.setCorrectionDue(calendar.plus(request.getCorrectionStart(), settings.correctionDays()));
        }
        if (request.getFeeStart() != null) {
            request.setFeeDue(calendar.plus(request.getFeeStart(), settings.feePaymentDays()));
        }
        if (request.getState() == RequestState.CORRECTION_REQUESTED || request.getReplyStart() == null) {
            request.setReplyDue(null);
            request.setPausedDays(0);
            return;
        }
        RequestClock.Due due = RequestClock.due(calendar, request.getReplyStart(),
                request.getBaseDays() + request.getExtensionDays(), pauses(request, letters));
        request.setReplyDue(due.date());
        request.setPausedDays(due.pausedDays());
    }

    /** Recomputes the deadlines of every open application; each one that moves gets a step in its history. */
    @Override
    @Transactional
    public int calendarChanged(LocalDate from, LocalDate to) {
        int changed = 0;
        for (InfoRequest request : requests.findByStateInList(RequestWorkflow.OPEN)) {
            LocalDate before = currentDue(request);
            recompute(request);
            LocalDate after = currentDue(request);
            requests.update(request);
            if (!Objects.equals(before, after)) {
                history.record(RequestWorkflow.TABLE, request.getId(), RequestAction.DEADLINE_CHANGED,
                        request.getState(), request.getState(), By.SYSTEM, request.getDepartmentId(),
                        before + " -> " + after);
                changed++;
            }
        }
        return changed;
    }
}
