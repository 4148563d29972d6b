package org.sunshine.rectification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A file sent with a rectification report. */
@MappedEntity("rectification_file")
record ReportFile(
        @Id @GeneratedValue @Nullable Long id,
        Long reportId,
        String fileName,
        String contentType,
        int sizeBytes,
        String sha256,
        byte[] content,
        @DateCreated(truncatedTo = ChronoUnit.SECONDS) @Nullable Instant createdAt) {
}
