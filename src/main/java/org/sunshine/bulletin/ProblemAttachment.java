package org.sunshine.bulletin;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A file sent with a rectification report on a problem-list item. */
@MappedEntity("bulletin_attachment")
public record ProblemAttachment(@Id @GeneratedValue @Nullable Long id, long reportId, String fileName, String contentType,
                                int sizeBytes, String sha256, byte[] content, Instant createdAt) {

    /** The file without its content, for listing. */
    @Introspected
    public record Info(long id, long reportId, String fileName, int sizeBytes) {
    }
}
