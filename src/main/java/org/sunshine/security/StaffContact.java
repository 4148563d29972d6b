package org.sunshine.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A staff account's work e-mail and mobile, and whether it wants the daily digest by each (table
 * {@code staff_contact}, one row per account that has set them).
 */
@MappedEntity("staff_contact")
record StaffContact(@Id Long userId, @Nullable String email, @Nullable String mobile, boolean digestEmail,
                    boolean digestSms, @DateUpdated @Nullable Instant updatedAt) {
}
