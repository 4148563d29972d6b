package org.sunshine.finding;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Evidence filed with a finding (a rectification report's files are the rectification's). */
@MappedEntity("finding_attachment")
public record FindingAttachment(
        @Id @GeneratedValue @Nullable Long id,
        Long findingId,
        String fileName,
        String contentType,
        int sizeBytes,
        String sha256,
        byte[] content,
        Instant createdAt) {

    /** An attachment as listed, without its content. */
    @Introspected
    public record Info(Long id, Long findingId, String fileName, String contentType, int sizeBytes) {
    }
}
