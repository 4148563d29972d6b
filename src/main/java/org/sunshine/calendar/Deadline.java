package org.sunshine.calendar;

import io.micronaut.core.annotation.Introspected;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

/**
 * The end of a clock of {@code days} working days started on {@code from}: the end of the {@code days}-th working
 * day strictly after {@code from}.
 *
 * @param skipped       the dates between {@code from} and {@code due} that were not counted, and why
 * @param unloadedYears years the clock ran through whose holiday schedule is not loaded (Monday to Friday was used)
 */
@Introspected
public record Deadline(LocalDate from, int days, LocalDate due, List<Skipped> skipped, SortedSet<Integer> unloadedYears) {

    /** A date not counted: a weekend day or a holiday (with its name). */
    @Introspected
    public record Skipped(LocalDate date, DayKind kind, String name) {
    }

    public boolean usesFallback() {
        return !unloadedYears.isEmpty();
    }
}
