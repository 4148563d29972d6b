package org.sunshine.rectification;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.calendar.Warning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A rectification as a list or a page shows it.
 *
 * @param warning          red or yellow while the department is on the clock
 * @param calendarFallback the deadline's year has no holiday schedule loaded (counted Monday to Friday)
 * @param repeatOf         what the earlier rectification on the same topic was for (重复发生), if any
 * @param repeatOfReference that record's readable reference (JD-2026-0840), if it has one
 */
public record RectificationView(long id, Subject subject, long departmentId, RectificationState state,
                                LocalDate startedOn, int days, @Nullable LocalDate returnedOn, LocalDate dueOn,
                                Warning warning, boolean calendarFallback, @Nullable Subject repeatOf,
                                @Nullable Instant closedAt, @Nullable String repeatOfReference) {
}
