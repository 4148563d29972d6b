package org.sunshine.supervision;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/** A supervisor as listed on the roster (staff only: it carries the contact details). */
public record SupervisorRow(long id, long userId, String username, String name, Background background,
                            String affiliation, String phone, String email, LocalDate termStart, LocalDate termEnd,
                            @Nullable LocalDate endedOn, @Nullable String endReason, SupervisorState state,
                            List<String> departmentNames, List<String> keyAreaNames, long pendingReviews) {
}
