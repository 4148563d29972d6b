package org.sunshine.rectification;

import io.micronaut.core.annotation.Introspected;

/** A file of a rectification report as listed, without its content. */
@Introspected
public record FileInfo(Long id, Long reportId, String fileName, String contentType, int sizeBytes) {
}
