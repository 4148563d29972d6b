package org.sunshine.calendar;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The working-day rule on the bundled State Council schedules: a clock of N working days started on D ends at the
 * end of the N-th working day strictly after D.
 */
@MicronautTest(startApplication = false)
class WorkingDayCalendarTest {

    @Inject
    WorkingDayCalendar calendar;

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-18 |  2 | 2026-11-20 | an ordinary week
            2026-11-20 |  1 | 2026-11-23 | Friday to Monday
            2026-11-21 |  1 | 2026-11-23 | started on a Saturday, which is not counted
            2026-11-18 | 10 | 2026-12-02 | two weeks
            2026-02-12 |  2 | 2026-02-14 | Saturday 14 February is a Spring Festival make-up workday
            2026-02-13 |  5 | 2026-02-27 | the Spring Festival holiday 15-23 February is skipped
            2026-02-12 | 10 | 2026-03-04 | through the holiday and the make-up Saturday 28 February
            2026-02-15 |  1 | 2026-02-24 | started inside the holiday
            2026-02-12 | 20 | 2026-03-18 | a disclosure clock across the Spring Festival
            2026-09-18 |  2 | 2026-09-21 | Sunday 20 September is a National Day make-up workday
            2026-09-24 |  3 | 2026-09-30 | the Mid-Autumn holiday 25-27 September is skipped
            2026-09-30 |  1 | 2026-10-08 | the National Day holiday 1-7 October is skipped
            2026-09-30 |  3 | 2026-10-10 | Saturday 10 October is a make-up workday
            2026-10-03 |  1 | 2026-10-08 | started on a holiday
            2026-09-21 | 10 | 2026-10-12 | a reply clock across the whole Golden Week
            2025-12-31 |  1 | 2026-01-04 | New Year 2026: 1-3 January off, Sunday 4 January is worked
            2025-12-31 |  2 | 2026-01-05 | then Monday 5 January
            2025-01-24 |  1 | 2025-01-26 | 2025: Sunday 26 January is a make-up workday
            2024-09-13 |  1 | 2024-09-14 | 2024: Saturday 14 September is a make-up workday
            """)
    void deadlines(LocalDate from, int days, LocalDate due, String why) {
        assertThat(calendar.plus(from, days)).as(why).isEqualTo(due);
        assertThat(calendar.deadline(from, days).usesFallback()).isFalse();
    }

    @Test
    void theSkippedDatesSayWhy() {
        Deadline deadline = calendar.deadline(LocalDate.parse("2026-02-12"), 10);
        assertThat(deadline.skipped()).extracting(Deadline.Skipped::date).containsExactly(
                LocalDate.parse("2026-02-15"), LocalDate.parse("2026-02-16"), LocalDate.parse("2026-02-17"),
                LocalDate.parse("2026-02-18"), LocalDate.parse("2026-02-19"), LocalDate.parse("2026-02-20"),
                LocalDate.parse("2026-02-21"), LocalDate.parse("2026-02-22"), LocalDate.parse("2026-02-23"),
                LocalDate.parse("2026-03-01"));
        assertThat(deadline.skipped().get(0)).isEqualTo(new Deadline.Skipped(LocalDate.parse("2026-02-15"), DayKind.HOLIDAY, "春节"));
        assertThat(deadline.skipped().get(9).kind()).isEqualTo(DayKind.WEEKEND);
    }

    @Test
    void aYearNotLoadedFallsBackToMondayToFridayAndSaysSo() {
        Deadline deadline = calendar.deadline(LocalDate.parse("2026-12-30"), 5);
        // 1 January 2027 is surely a holiday, but the 2027 schedule is not loaded: it counts, and the answer says so
        assertThat(deadline.due()).isEqualTo(LocalDate.parse("2027-01-06"));
        assertThat(deadline.unloadedYears()).containsExactly(2027);
        assertThat(calendar.isLoaded(2026)).isTrue();
        assertThat(calendar.isLoaded(2027)).isFalse();
    }

    @Test
    void kindsOfDays() {
        assertThat(calendar.kind(LocalDate.parse("2026-02-14"))).isEqualTo(DayKind.MAKEUP_WORKDAY);
        assertThat(calendar.kind(LocalDate.parse("2026-10-01"))).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.name(LocalDate.parse("2026-10-01"))).isEqualTo("国庆节");
        assertThat(calendar.kind(LocalDate.parse("2026-11-22"))).isEqualTo(DayKind.WEEKEND);
        assertThat(calendar.kind(LocalDate.parse("2026-11-23"))).isEqualTo(DayKind.WORKDAY);
    }

    @ParameterizedTest(name = "on {0}, {1} is {2} working days away")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-18 | 2026-11-20 |  3
            2026-11-20 | 2026-11-20 |  1
            2026-11-21 | 2026-11-23 |  1
            2026-11-21 | 2026-11-20 | -1
            2026-11-24 | 2026-11-20 | -2
            2026-09-30 | 2026-10-08 |  2
            """)
    void workingDaysLeft(LocalDate today, LocalDate due, int left) {
        assertThat(calendar.workingDaysLeft(today, due)).isEqualTo(left);
    }

    @Test
    void aClockRunsAtLeastOneDay() {
        assertThatThrownBy(() -> calendar.plus(LocalDate.parse("2026-11-18"), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
