package org.sunshine.complaint;

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
import java.util.EnumSet;
import java.util.Objects;

/**
 * The clocks of a complaint on the working-day calendar: accepting (2 working days from submission), handling
 * (10 from assignment, plus an approved extension; 10 again after a reopening) and rating (5 from the reply).
 * Each clock keeps its start date, so a change of the calendar recomputes every open item's deadlines.
 */
@Singleton
public class ComplaintDeadlines implements CalendarListener {

    private final WorkingDayCalendar calendar;
    private final ComplaintSettings settings;
    private final ComplaintRepository complaints;
    private final History history;
    private final BusinessClock clock;

    public ComplaintDeadlines(WorkingDayCalendar calendar, ComplaintSettings settings, ComplaintRepository complaints,
                              History history, BusinessClock clock) {
        this.calendar = calendar;
        this.settings = settings;
        this.complaints = complaints;
        this.history = history;
        this.clock = clock;
    }

    public LocalDate today() {
        return clock.today();
    }

    LocalDate acceptDue(LocalDate start) {
        return calendar.plus(start, settings.acceptDays());
    }

    LocalDate handleDue(LocalDate start, int extensionDays) {
        return calendar.plus(start, settings.handleDays() + extensionDays);
    }

    LocalDate ratingDue(LocalDate start) {
        return calendar.plus(start, settings.ratingDays());
    }

    /** The deadline running now in the item's state, or {@code null} when no one is on the clock. */
    @Nullable
    public LocalDate currentDue(Complaint complaint) {
        DeadlineKind kind = complaint.getState().deadlineKind();
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case ACCEPT -> complaint.getAcceptDue();
            case HANDLE -> complaint.getHandleDue();
            case RATE -> complaint.getRatingDue();
            default -> null;
        };
    }

    /** Red or yellow for the staff's clocks (accepting, handling); the complainant's rating clock is never marked. */
    public Warning warning(Complaint complaint) {
        ComplaintState state = complaint.getState();
        if (!state.beforeRouting() && !state.withDepartment()) {
            return Warning.NONE;
        }
        LocalDate due = currentDue(complaint);
        if (due == null) {
            return Warning.NONE;
        }
        return calendar.warning(today(), due, settings.warningDays());
    }

    /** The last date that is within the yellow band from today (for filtering in the database). */
    public LocalDate yellowUntil() {
        return calendar.yellowUntil(today(), settings.warningDays());
    }

    /** Whether a year of the item's running deadline has no holiday schedule loaded yet. */
    public boolean usesFallback(LocalDate due) {
        return due != null && !calendar.isLoaded(due.getYear());
    }

    /** Recomputes the deadlines of every open item; each one that moves gets an event in its history. */
    @Override
    @Transactional
    public int calendarChanged(LocalDate from, LocalDate to) {
        int changed = 0;
        EnumSet<ComplaintState> open = EnumSet.noneOf(ComplaintState.class);
        for (ComplaintState state : ComplaintState.values()) {
            if (state.open()) {
                open.add(state);
            }
        }
        for (Complaint complaint : complaints.findByStateInList(open)) {
            LocalDate before = currentDue(complaint);
            recompute(complaint);
            LocalDate after = currentDue(complaint);
            complaints.update(complaint);
            if (!Objects.equals(before, after)) {
                history.record(ComplaintWorkflow.TABLE, complaint.getId(), ComplaintAction.DEADLINE_CHANGED,
                        complaint.getState(), complaint.getState(), By.SYSTEM, complaint.getDepartmentId(),
                        before + " -> " + after);
                changed++;
            }
        }
        return changed;
    }

    /** Sets every deadline of the item from its clock start dates. */
    void recompute(Complaint complaint) {
        complaint.setAcceptDue(acceptDue(complaint.getAcceptStart()));
        if (complaint.getHandleStart() != null) {
            complaint.setHandleDue(handleDue(complaint.getHandleStart(), complaint.getExtensionDays()));
        }
        if (complaint.getRatingStart() != null) {
            complaint.setRatingDue(ratingDue(complaint.getRatingStart()));
        }
    }
}
