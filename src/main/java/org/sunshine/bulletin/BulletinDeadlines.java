package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.calendar.CalendarListener;
import org.sunshine.calendar.Warning;
import org.sunshine.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/**
 * The bulletins' own clock: signing for an issued bulletin, {@code signDays} working days from the issue date. The
 * issue date is kept, so a change of the calendar moves the running deadlines. (The problem lists' clocks are their
 * rectifications'.)
 */
@Singleton
public class BulletinDeadlines implements CalendarListener {

    private final WorkingDayCalendar calendar;
    private final BulletinSettings settings;
    private final BulletinAddresseeRepository addressees;
    private final BulletinRepository bulletins;
    private final BusinessClock clock;

    BulletinDeadlines(WorkingDayCalendar calendar, BulletinSettings settings, BulletinAddresseeRepository addressees,
                      BulletinRepository bulletins, BusinessClock clock) {
        this.calendar = calendar;
        this.settings = settings;
        this.addressees = addressees;
        this.bulletins = bulletins;
        this.clock = clock;
    }

    LocalDate signDue(LocalDate issueDate) {
        return calendar.plus(issueDate, settings.signDays());
    }

    /** At issue: every addressed department's sign-for clock starts on the issue date. */
    void startSignClock(long bulletinId, LocalDate issueDate) {
        LocalDate due = signDue(issueDate);
        for (BulletinAddressee a : addressees.findByBulletinId(bulletinId)) {
            addressees.update(a.due(due));
        }
    }

    /** Red or yellow while the clock runs; nothing once it has stopped. */
    public Warning warning(boolean running, @Nullable LocalDate due) {
        if (!running || due == null) {
            return Warning.NONE;
        }
        return calendar.warning(clock.today(), due, settings.warningDays());
    }

    /** The deadline lies in a year whose holiday schedule is not loaded: counted Monday to Friday (the UI marks it). */
    public boolean usesFallback(@Nullable LocalDate due) {
        return due != null && !calendar.isLoaded(due.getYear());
    }

    @Override
    @Transactional
    public int calendarChanged(LocalDate from, LocalDate to) {
        int changed = 0;
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
