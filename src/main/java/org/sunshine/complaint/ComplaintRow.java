package org.sunshine.complaint;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.calendar.Warning;
import org.sunshine.search.Highlight;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A complaint as listed for staff: no personal data.
 *
 * @param highlight the searched words in the subject and where the content or reply matched; null outside a word search
 */
public record ComplaintRow(long id, String trackingCode, ComplaintType type, String subject, ComplaintState state,
                           Channel channel, @Nullable String departmentName, @Nullable String keyAreaName,
                           Instant submittedAt, @Nullable LocalDate due, Warning warning, boolean calendarFallback,
                           @Nullable Highlight highlight) {
}
