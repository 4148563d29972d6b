package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.calendar.Warning;

import java.time.LocalDate;

/**
 * An application as the staff lists show it: the applicant's name masked (a person's: 张**), never an identity
 * number or a contact.
 *
 * @param due the deadline running now ({@link RequestDeadlines#currentDue})
 * @param highlight the searched words in the description; null outside a word search
 */
public record RequestRow(long id, String requestNo, String organName, RequestChannel channel,
                         ApplicantKind applicantKind, String maskedName, String description, RequestState state,
                         LocalDate arrivedOn, @Nullable LocalDate receivedOn, @Nullable LocalDate due, Warning warning,
                         boolean calendarFallback, boolean lateRegistration, @Nullable ReplyResult result,
                         @Nullable org.sunshine.search.Highlight highlight) {
}
