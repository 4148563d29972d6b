package org.sunshine.inforequest;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sunshine.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reply clock on the bundled State Council schedules: 20 working days (plus an extension) from the day after the
 * receipt date, with 调休 make-up days worked and holidays skipped, not counting the working days a consultation or
 * a fee notice paused it (after the letter's day, up to the answer's day or its 15 working days).
 */
@MicronautTest(startApplication = false)
class RequestClockTest {

    @Inject
    WorkingDayCalendar calendar;

    @ParameterizedTest(name = "{0} + {1} working days, pauses {2} = {3} ({5})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-18 | 20 |                                 | 2026-12-16 |  0 | an ordinary month
            2026-02-12 | 20 |                                 | 2026-03-18 |  0 | across the Spring Festival and the make-up Saturdays 14 and 28 February
            2026-02-06 | 20 |                                 | 2026-03-12 |  0 | received a week before the Spring Festival
            2026-09-24 | 20 |                                 | 2026-10-29 |  0 | across Mid-Autumn and National Day, with make-up days 20 September and 10 October
            2026-10-09 | 20 |                                 | 2026-11-05 |  0 | restarted after a correction received on 9 October
            2026-10-09 | 20 | 2026-10-13..2026-11-03           | 2026-11-26 | 15 | a consultation not answered: its 15 working days are not counted
            2026-10-09 | 20 | 2026-10-13..2026-10-20           | 2026-11-12 |  5 | answered after 5 working days
            2026-10-09 | 30 | 2026-10-13..2026-10-20           | 2026-11-26 |  5 | and an extension of 10 working days
            2026-10-09 | 20 | 2026-10-13..2026-10-20 2026-10-15..2026-10-22 | 2026-11-16 | 7 | two letters overlapping: a day is paused once
            2026-09-28 | 20 | 2026-09-30..2026-10-09           | 2026-11-03 |  2 | a pause across National Day pauses only its working days (8 and 9 October)
            2026-02-12 | 20 | 2026-02-13..2026-02-27           | 2026-03-25 |  5 | a pause across the Spring Festival: the make-up Saturday counts, the holiday does not
            """)
    void dueDates(LocalDate start, int days, String pauses, LocalDate due, int paused, String why) {
        List<RequestClock.Pause> list = new ArrayList<>();
        if (pauses != null) {
            for (String p : pauses.trim().split("\\s+")) {
                String[] ends = p.split("\\.\\.");
                list.add(new RequestClock.Pause(LocalDate.parse(ends[0]), LocalDate.parse(ends[1])));
            }
        }
        RequestClock.Due result = RequestClock.due(calendar, start, days, list);
        assertThat(result.date()).as(why).isEqualTo(due);
        assertThat(result.pausedDays()).as(why + ": paused working days").isEqualTo(paused);
    }
}
