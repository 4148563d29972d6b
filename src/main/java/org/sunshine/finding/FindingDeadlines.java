package org.sunshine.finding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.calendar.CalendarListener;
import org.sunshine.calendar.Warning;
import org.sunshine.calendar.WorkingDayCalendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;

/**
 * The rectification clock: {@code rectifyDays} working days from confirmation, and after a returned report at least
 * {@code returnDays} from the return. The start dates are kept, so a change of the calendar recomputes every running
 * deadline; each one that moves gets a 期限调整 step in the finding's history.
 */
@Singleton
public class FindingDeadlines implements CalendarListener {

    private final WorkingDayCalendar calendar;
    private final FindingSettings settings;
    private final FindingRepository findings;
    private final FindingEventRepository events;
    private final Clock clock;

    FindingDeadlines(WorkingDayCalendar calendar, FindingSettings settings, FindingRepository findings,
                     FindingEventRepository events, Clock clock) {
        this.calendar = calendar;
        this.settings = settings;
        this.findings = findings;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The deadline from the finding's clock start dates, or {@code null} before confirmation. */
    @Nullable
    LocalDate rectifyDue(Finding finding) {
        if (finding.getConfirmedOn() == null) {
            return null;
        }
        LocalDate due = calendar.plus(finding.getConfirmedOn(), settings.rectifyDays());
        if (finding.getReturnedOn() != null) {
            LocalDate again = calendar.plus(finding.getReturnedOn(), settings.returnDays());
            if (again.isAfter(due)) {
                due = again;
            }
        }
        return due;
    }

    /** The deadline a finding confirmed today would get. */
    public LocalDate rectifyDueIfConfirmedToday() {
        return calendar.plus(today(), settings.rectifyDays());
    }

    LocalDate repeatWindowStart(LocalDate today) {
        return today.minusDays(settings.repeatWindowDays());
    }

    /** Red or yellow while the department is on the clock; nothing once it has reported or the finding is over. */
    public Warning warning(FindingState state, @Nullable LocalDate due) {
        if (!state.rectifying() || due == null) {
            return Warning.NONE;
        }
        return calendar.warning(today(), due, settings.warningDays());
    }

    /** The last date whose deadline is yellow today (for filtering in the database). */
    public LocalDate yellowUntil() {
        return calendar.yellowUntil(today(), settings.warningDays());
    }

    public boolean usesFallback(@Nullable LocalDate due) {
        return due != null && !calendar.isLoaded(due.getYear());
    }

    @Override
    @Transactional
    public int calendarChanged(LocalDate from, LocalDate to) {
        int changed = 0;
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        for (Finding finding : findings.findByStateInList(EnumSet.of(FindingState.RECTIFYING, FindingState.REPORTED,
                FindingState.RETURNED))) {
            LocalDate before = finding.getRectifyDue();
            LocalDate after = rectifyDue(finding);
            if (!Objects.equals(before, after)) {
                finding.setRectifyDue(after);
                finding.setUpdatedAt(now);
                findings.update(finding);
                events.save(new FindingEvent(null, finding.getId(), now, FindingAction.DEADLINE_CHANGED,
                        finding.getState(), finding.getState(), FindingActor.SYSTEM, null, "", before + " -> " + after));
                changed++;
            }
        }
        return changed;
    }
}
