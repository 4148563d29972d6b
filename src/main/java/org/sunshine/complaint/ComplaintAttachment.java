package org.sunshine.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A file sent with a complaint ({@code eventId == null}) or with a reply. */
@MappedEntity("complaint_attachment")
public record ComplaintAttachment(
        @Id @GeneratedValue @Nullable Long id,
        Long complaintId,
        @Nullable Long eventId,
        String fileName,
        String contentType,
        int sizeBytes,
        String sha256,
        byte[] content,
        Instant createdAt) {

    /** An attachment as listed, without its content. */
    @io.micronaut.core.annotation.Introspected
    public record Info(Long id, Long complaintId, @Nullable Long eventId, String fileName, String contentType,
                       int sizeBytes) {
    }
}
