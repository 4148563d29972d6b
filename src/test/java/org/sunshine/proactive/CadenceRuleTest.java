package org.sunshine.proactive;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sunshine.calendar.Warning;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.directory.Cadence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cadence rule against hand-built publication days on the bundled 2024–2025 schedules: windows from the first
 * that starts on or after the watch start, each due its item's clock in working days after its end (a holiday inside
 * the clock moves it), a record fulfilling the earliest open window it falls in (one window only), red past the
 * deadline, yellow 2 working days before it.
 */
@MicronautTest(startApplication = false)
class CadenceRuleTest {

    @Inject
    WorkingDayCalendar calendar;

    @ParameterizedTest(name = "{0} from {2}, today {3}, published [{4}] -> [{5}] ({6})")
    @CsvSource(delimiter = '|', textBlock = """
            MONTHLY   | 20 | 2025-07-01 | 2025-09-10 |                       | 2025-07-01:RED    | July due 28 August (20 working days after 31 July), passed; August due 26 September
            MONTHLY   | 20 | 2025-07-01 | 2025-08-26 |                       |                   | three working days before July's deadline: nothing yet
            MONTHLY   | 20 | 2025-07-01 | 2025-08-27 |                       | 2025-07-01:YELLOW | two working days before it, yellow
            MONTHLY   | 20 | 2025-07-01 | 2025-08-28 |                       | 2025-07-01:YELLOW | on the deadline day, yellow still
            MONTHLY   | 20 | 2025-07-01 | 2025-08-29 |                       | 2025-07-01:RED    | the day after, red
            MONTHLY   | 20 | 2025-07-01 | 2025-09-10 | 2025-08-20            |                   | a record published in August within July's clock fulfils July
            MONTHLY   | 20 | 2025-07-01 | 2025-09-29 | 2025-08-20            | 2025-08-01:RED    | ... and only July: August is overdue on 29 September
            MONTHLY   | 20 | 2025-07-01 | 2025-09-29 | 2025-07-15 2025-08-20 |                   | one record a month
            MONTHLY   | 20 | 2025-07-01 | 2025-09-25 | 2025-07-15            | 2025-08-01:YELLOW | August's deadline 26 September is two working days away
            MONTHLY   | 20 | 2025-07-01 | 2025-09-10 | 2025-06-30            | 2025-07-01:RED    | a record before the watch started counts for nothing
            MONTHLY   | 20 | 2025-07-02 | 2025-10-10 |                       | 2025-08-01:RED    | watched from 2 July: the first window is August
            MONTHLY   | 20 | 2025-07-01 | 2025-09-29 | 2025-08-20=2          |                   | two records on one day fulfil two windows
            QUARTERLY | 20 | 2025-07-01 | 2025-10-29 |                       |                   | National Day inside the clock: Q3 is due 4 November, not 28 October
            QUARTERLY | 20 | 2025-07-01 | 2025-11-03 |                       | 2025-07-01:YELLOW | two working days before 4 November
            QUARTERLY | 20 | 2025-07-01 | 2025-11-05 |                       | 2025-07-01:RED    | overdue the day after
            QUARTERLY | 20 | 2025-07-01 | 2025-11-05 | 2025-11-04            |                   | published on the deadline: on time
            QUARTERLY | 20 | 2025-07-01 | 2025-11-05 | 2025-11-05            | 2025-07-01:RED    | published a day late: Q3 stays overdue, the record fulfils Q4
            QUARTERLY |  7 | 2025-04-01 | 2025-07-10 | 2025-05-06            |                   | 7-day clock: Q2 due 9 July, fulfilled in May
            QUARTERLY |  7 | 2025-04-01 | 2025-07-10 |                       | 2025-04-01:RED    | 7-day clock: Q2 due 9 July, passed on the 10th
            YEARLY    | 20 | 2024-01-01 | 2025-02-05 |                       | 2024-01-01:YELLOW | the Spring Festival inside the clock: 2024 is due 5 February 2025
            YEARLY    | 20 | 2024-01-01 | 2025-02-06 |                       | 2024-01-01:RED    | overdue the day after
            YEARLY    | 20 | 2024-01-01 | 2025-03-01 | 2025-01-20            |                   | published in January within 2024's clock
            YEARLY    | 20 | 2024-03-15 | 2025-03-01 |                       |                   | watched from mid-March 2024: the first window is 2025
            """)
    void openWindows(Cadence cadence, int clockDays, LocalDate from, LocalDate today, String published, String open,
                     String why) {
        List<CadenceRule.Open> result = CadenceRule.open(cadence, clockDays, from, today, days(published), days());
        assertThat(result).as(why).extracting(o -> o.window().start() + ":" + o.warning())
                .containsExactlyElementsOf(open == null ? List.of() : Arrays.asList(open.trim().split("\\s+")));
    }

    @Test
    void aWindowIsDueTheItemsClockAfterItsEnd() {
        List<CadenceRule.Open> q3 = CadenceRule.open(Cadence.QUARTERLY, 20, LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 11, 5), new TreeMap<>(), days());
        assertThat(q3).singleElement().satisfies(o -> {
            assertThat(o.window().start()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(o.window().end()).isEqualTo(LocalDate.of(2025, 9, 30));
            assertThat(o.window().due()).isEqualTo(LocalDate.of(2025, 11, 4));
        });
        assertThat(CadenceRule.windowStarts(Cadence.MONTHLY, LocalDate.of(2025, 1, 31), LocalDate.of(2025, 4, 1)))
                .containsExactly(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1));
        assertThat(CadenceRule.windowStarts(Cadence.ON_CHANGE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 1)))
                .as("随时 has no window").isEmpty();
    }

    private CadenceRule.Days days() {
        return new CadenceRule.Days() {
            @Override
            public LocalDate due(LocalDate end, int workingDays) {
                return calendar.plus(end, workingDays);
            }

            @Override
            public Warning warning(LocalDate today, LocalDate due) {
                return calendar.warning(today, due, 2);
            }
        };
    }

    /** "2025-08-20 2025-09-01=2": the days records were published on, with how many when more than one. */
    private static SortedMap<LocalDate, Integer> days(String published) {
        SortedMap<LocalDate, Integer> days = new TreeMap<>();
        if (published != null) {
            for (String day : published.trim().split("\\s+")) {
                String[] parts = day.split("=");
                days.put(LocalDate.parse(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1);
            }
        }
        return days;
    }
}
