package org.sunshine.supervision;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.calendar.Warning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A review task as listed: the complaint, the supervisor (name and background only), the deadline and the result.
 *
 * @param findingReference the reference of the finding a low score opened (JD-2026-0841)
 */
public record ReviewRow(long id, long complaintId, String trackingCode, String subject, @Nullable String departmentName,
                        String supervisorName, Background supervisorBackground, ReviewState state,
                        LocalDate assignedOn, LocalDate dueOn, Warning warning, @Nullable Integer timeliness,
                        @Nullable Integer quality, @Nullable Integer attitude, String comment,
                        @Nullable Instant reviewedAt, @Nullable Long findingId, @Nullable String findingReference) {
}
