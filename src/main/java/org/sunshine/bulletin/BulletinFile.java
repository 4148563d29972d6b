package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A file frozen at issue (the PDF and the DOCX), with its SHA-256: what everyone downloads from then on. */
@MappedEntity("bulletin_file")
public record BulletinFile(@Id @GeneratedValue @Nullable Long id, long bulletinId, String format, String fileName,
                           String contentType, int sizeBytes, String sha256, byte[] content, Instant createdAt) {
}
