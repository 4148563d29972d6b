package org.sunshine.inforequest;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A document sent to the applicant, frozen when sent: its number (gapless per organ and year: {@code counterKey},
 * {@code yearNo}, {@code seq}), the PDF and its SHA-256.
 */
@MappedEntity("info_request_document")
public record RequestDocument(@Id @GeneratedValue @Nullable Long id, Long requestId, DocumentKind kind,
                              String docNumber, String counterKey, int yearNo, int seq, Instant issuedAt,
                              String fileName, int sizeBytes, String sha256, byte[] content) {

    /** A document without its content, for lists and the tracking page. */
    @Introspected
    public record Info(long id, long requestId, DocumentKind kind, String docNumber, Instant issuedAt, String fileName,
                       int sizeBytes, String sha256) {
    }
}
