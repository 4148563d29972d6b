package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the applicant gets back at filing, once: the application number, the secret query code, the organ, and the
 * deadline running (the organ's confirmation for an online application, the reply for one recorded by staff).
 */
public record RequestReceipt(long id, String requestNo, String queryCode, String organ, String description,
                             Instant arrivedAt, @Nullable LocalDate registerDue, @Nullable LocalDate receivedOn,
                             @Nullable LocalDate replyDue) {
}
