package org.sunshine.bulletin;

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
 * The bulletins' clocks: signing for an issued bulletin ({@code signDays} working days from the issue date) and
 * rectifying a problem-list item ({@code rectifyDays} of the item from the issue date, and after a returned report
 * at least {@code returnDays} from the return). The start dates are kept, so a change of the calendar moves the
 * running deadlines.
 */
@Singleton
public class BulletinDeadlines implements CalendarListener {

    private final WorkingDayCalendar calendar;
    private final BulletinSettings settings;
    private final BulletinProblemRepository problems;
    private final BulletinAddresseeRepository addressees;
    private final BulletinRepository bulletins;
    private final Clock clock;

    BulletinDeadlines(WorkingDayCalendar calendar, BulletinSettings settings, BulletinProblemRepository problems,
                      BulletinAddresseeRepository addressees, BulletinRepository bulletins, Clock clock) {
        this.calendar = calendar;
        this.settings = settings;
        this.problems = problems;
        this.addressees = addressees;
        this.bulletins = bulletins;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The business date of an instant. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(clock.getZone()).toLocalDate();
    }

    LocalDate signDue(LocalDate issueDate) {
        return calendar.plus(issueDate, settings.signDays());
    }

    @Nullable
    LocalDate rectifyDue(BulletinProblem p) {
        if (p.getRectifyStart() == null) {
            return null;
        }
        LocalDate due = calendar.plus(p.getRectifyStart(), p.getRectifyDays());
        if (p.getReturnedOn() != null) {
            LocalDate again = calendar.plus(p.getReturnedOn(), settings.returnDays());
            if (again.isAfter(due)) {
                due = again;
            }
        }
        return due;
    }

    /** Red or yellow while the clock runs; nothing once it has stopped. */
    public Warning warning(boolean running, @Nullable LocalDate due) {
        if (!running || due == null) {
            return Warning.NONE;
        }
        return calendar.warning(today(), due, settings.warningDays());
    }

    /** The deadline lies in a year whose holiday schedule is not loaded: counted Monday to Friday (the UI marks it). */
    public boolean usesFallback(@Nullable LocalDate due) {
        return due != null && !calendar.isLoaded(due.getYear());
    }

    @Override
    @Transactional
    public int calendarChanged(LocalDate from, LocalDate to) {
        int changed = 0;
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        for (BulletinProblem p : problems.findByStateInList(EnumSet.of(ProblemState.RECTIFYING, ProblemState.REPORTED,
                ProblemState.RETURNED))) {
            LocalDate after = rectifyDue(p);
            if (!Objects.equals(p.getRectifyDue(), after)) {
                p.setRectifyDue(after);
                p.setUpdatedAt(now);
                problems.update(p);
                changed++;
            }
        }
        for (Bulletin b : bulletins.findByStateAndIssueDateBetween(BulletinState.ISSUED, from.minusYears(1), to)) {
            LocalDate due = signDue(b.getIssueDate());
            for (BulletinAddressee a : addressees.findByBulletinId(b.getId())) {
                if (a.signedAt() == null && !due.equals(a.signDue())) {
                    addressees.update(a.due(due));
                    changed++;
                }
            }
        }
        return changed;
    }
}
