package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.sunshine.calendar.CalendarListener;
import org.sunshine.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/**
 * A record's clock (Art. 26, seed 003): published within its working days of the day the information was formed or
 * changed — 20, or 7 for 行政许可 and 行政处罚 decisions; a responsibility item with a shorter clock shortens it. The
 * deadline is the last working day allowed; published after it, the record is late. A change of the calendar
 * recomputes the records whose clock ran through the changed days, like every other deadline.
 */
@Singleton
public class RecordClock implements CalendarListener {

    /** No clock runs longer than this many calendar days (20 working days and the longest holidays fit well). */
    static final int LONGEST_CALENDAR_DAYS = 90;

    private final WorkingDayCalendar calendar;
    private final RecordRepository records;

    RecordClock(WorkingDayCalendar calendar, RecordRepository records) {
        this.calendar = calendar;
        this.records = records;
    }

    /** The working days a record of this category (and item clock, if any) has. */
    public static int days(RecordCategory category, @Nullable Integer itemClockDays) {
        int days = category.clockDays();
        return itemClockDays != null && itemClockDays > 0 ? Math.min(days, itemClockDays) : days;
    }

    /** The last day it may be published. */
    public LocalDate due(LocalDate formedOn, int days) {
        return calendar.plus(formedOn, days);
    }

    /** Where a record of this category, item clock and dates stands (a form shows it before it is saved). */
    public Timeliness timeliness(RecordCategory category, @Nullable Integer itemClockDays, LocalDate formedOn,
                                 LocalDate publishedOn) {
        int days = days(category, itemClockDays);
        LocalDate due = due(formedOn, days);
        boolean late = publishedOn.isAfter(due);
        return new Timeliness(days, days < category.clockDays(), due, late, late ? lateDays(publishedOn, due) : 0);
    }

    /** Where a kept record stands: its deadline and late mark as last computed. */
    public Timeliness timeliness(DisclosureRecord r) {
        return new Timeliness(r.getClockDays(), r.getClockDays() < r.getCategory().clockDays(), r.getDueOn(),
                r.isLate(), r.isLate() ? lateDays(r.getPublishedOn(), r.getDueOn()) : 0);
    }

    /** The working days in (due, published]: how late a record published after its deadline was. */
    public int lateDays(LocalDate publishedOn, LocalDate due) {
        return publishedOn.isAfter(due) ? -calendar.workingDaysLeft(publishedOn, due) : 0;
    }

    /** Sets the record's deadline and late mark from its dates and days; true if either changed. */
    boolean apply(DisclosureRecord r) {
        LocalDate due = due(r.getFormedOn(), r.getClockDays());
        boolean late = r.getPublishedOn().isAfter(due);
        boolean changed = !due.equals(r.getDueOn()) || late != r.isLate();
        r.setDueOn(due);
        r.setLate(late);
        return changed;
    }

    @Override
    public int calendarChanged(LocalDate from, LocalDate to) {
        int changed = 0;
        for (DisclosureRecord r : records.findClockRunningBetween(from.minusDays(LONGEST_CALENDAR_DAYS), to)) {
            if (apply(r)) {
                records.update(r);
                changed++;
            }
        }
        return changed;
    }
}
