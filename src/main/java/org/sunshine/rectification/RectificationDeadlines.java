package org.sunshine.rectification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.calendar.CalendarListener;
import org.sunshine.calendar.Warning;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.workflow.By;
import org.sunshine.workflow.History;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;

/**
 * The rectification clock on the working-day calendar: {@code days} from the start, and after a returned report at
 * least {@code returnDays} from the return. A change of the calendar recomputes every open deadline; each one that
 * moves gets a 期限调整 step in its history.
 */
@Singleton
public class RectificationDeadlines implements CalendarListener {

    private final WorkingDayCalendar calendar;
    private final RectificationSettings settings;
    private final RectificationRepository rectifications;
    private final History history;
    private final BusinessClock clock;

    RectificationDeadlines(WorkingDayCalendar calendar, RectificationSettings settings,
                           RectificationRepository rectifications, History history, BusinessClock clock) {
        this.calendar = calendar;
        this.settings = settings;
        this.rectifications = rectifications;
        this.history = history;
        this.clock = clock;
    }

    LocalDate due(Rectification r) {
        LocalDate due = calendar.plus(r.getStartedOn(), r.getDays());
        if (r.getReturnedOn() != null) {
            LocalDate again = calendar.plus(r.getReturnedOn(), settings.returnDays());
            if (again.isAfter(due)) {
                due = again;
            }
        }
        return due;
    }

    /** The deadline of a rectification of {@code days} working days opened today. */
    public LocalDate dueIfOpenedToday(int days) {
        return calendar.plus(clock.today(), days);
    }

    /** Red or yellow while the department is on the clock; nothing once it has reported or it is over. */
    public Warning warning(RectificationState state, @Nullable LocalDate due) {
        if (!state.onTheClock() || due == null) {
            return Warning.NONE;
        }
        return calendar.warning(clock.today(), due, settings.warningDays());
    }

    /** The last date whose deadline is yellow today (for filtering in the database). */
    public LocalDate yellowUntil() {
        return calendar.yellowUntil(clock.today(), settings.warningDays());
    }

    /** The deadline lies in a year whose holiday schedule is not loaded: counted Monday to Friday (the UI marks it). */
    public boolean usesFallback(@Nullable LocalDate due) {
        return due != null && !calendar.isLoaded(due.getYear());
    }

    LocalDate repeatWindowStart() {
        return clock.today().minusDays(settings.repeatWindowDays());
    }

    @Override
    @Transactional
    public int calendarChanged(LocalDate from, LocalDate to) {
        int changed = 0;
        for (Rectification r : rectifications.findByStateInList(EnumSet.of(RectificationState.RECTIFYING,
                RectificationState.REPORTED, RectificationState.RETURNED))) {
            LocalDate before = r.getDueOn();
            LocalDate after = due(r);
            if (!Objects.equals(before, after)) {
                history.move(RectificationWorkflow.TABLE, r, RectificationAction.DEADLINE_CHANGED, By.SYSTEM,
                        before + " -> " + after, x -> x.setDueOn(after), rectifications::update);
                changed++;
            }
        }
        return changed;
    }
}
