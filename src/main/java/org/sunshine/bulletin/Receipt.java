package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.calendar.Warning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An addressed department's receipt (签收) of an issued bulletin.
 *
 * @param late signed after the deadline
 */
public record Receipt(long departmentId, String departmentName, @Nullable LocalDate due, @Nullable Instant signedAt,
                      @Nullable String signedByName, Warning warning, boolean late, boolean calendarFallback) {
}
