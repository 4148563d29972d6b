package org.sunshine.annualreport;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.calendar.Warning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An organ's report of a year as the list shows it; an organ whose report has not been opened yet has no id and no
 * state.
 *
 * @param edition the newest published edition, 0 before the first
 * @param warning the office's mark ({@link ReportDeadlines})
 */
public record ReportRow(String organKey, String organName, boolean government, @Nullable Long id,
                        @Nullable ReportState state, LocalDate due, Warning warning, int edition,
                        @Nullable Instant submittedAt, @Nullable Instant publishedAt,
                        boolean correcting) {
}
