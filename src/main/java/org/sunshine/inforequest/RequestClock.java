package org.sunshine.inforequest;

import org.sunshine.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The reply clock on the working-day calendar: {@code days} working days counted from the day after {@code start},
 * skipping the working days a pause covers (a consultation, a fee notice waiting for payment). A pause covers the
 * working days after its first day up to and including its last: a letter sent on Monday and answered on Wednesday
 * stops the clock for Tuesday and Wednesday. Pauses may overlap; a day is skipped once.
 */
public final class RequestClock {

    /** A pause of the clock: the day it began (still counted) and the last day it covers. */
    public record Pause(LocalDate from, LocalDate to) {

        boolean covers(LocalDate day) {
            return day.isAfter(from) && !day.isAfter(to);
        }
    }

    /** The due date and the working days the pauses added to it. */
    public record Due(LocalDate date, int pausedDays) {
    }

    private RequestClock() {
    }

    public static Due due(WorkingDayCalendar calendar, LocalDate start, int days, List<Pause> pauses) {
        if (days < 1) {
            throw new IllegalArgumentException("A clock runs at least one working day: " + days);
        }
        LocalDate day = start;
        int counted = 0;
        int paused = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            LocalDate d = day;
            if (pauses.stream().anyMatch(p -> p.covers(d))) {
                paused++;
            } else {
                counted++;
            }
        }
        return new Due(day, paused);
    }
}
