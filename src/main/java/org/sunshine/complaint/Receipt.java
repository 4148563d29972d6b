package org.sunshine.complaint;

import java.time.Instant;
import java.time.LocalDate;

/** What the complainant gets back, once: the tracking code, the secret query code and the acceptance deadline. */
public record Receipt(long id, String trackingCode, String queryCode, ComplaintType type, String subject,
                      Instant submittedAt, LocalDate acceptDue) {
}
