package org.sunshine.calendar;

import java.time.LocalDate;

/**
 * Told when the calendar changed between two dates, inside the same transaction: a feature with deadlines
 * recomputes those of its open items and returns how many changed.
 */
public interface CalendarListener {

    int calendarChanged(LocalDate from, LocalDate to);
}
