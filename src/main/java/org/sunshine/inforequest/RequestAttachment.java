package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A file of an application: the applicant's ID scan, a correction's file, a reply's file (with its step). */
@MappedEntity("info_request_attachment")
public record RequestAttachment(@Id @GeneratedValue @Nullable Long id, Long requestId, @Nullable Long eventId,
                                AttachmentPurpose purpose, String fileName, String contentType, int sizeBytes,
                                String sha256, byte[] content, Instant createdAt) {

    /** A file without its content, for lists. */
    @io.micronaut.core.annotation.Introspected
    public record Info(long id, long requestId, @Nullable Long eventId, AttachmentPurpose purpose, String fileName,
                       String contentType, int sizeBytes) {
    }
}
