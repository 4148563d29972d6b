package org.sunshine.annualreport;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A published edition as listed: everything but its content and files (read only, from the same table).
 *
 * @param reason a correction's reason, empty for the first edition
 */
@MappedEntity("annual_report_edition")
public record EditionInfo(@Id Long id, long reportId, int edition, String reason, String pdfSha256,
                          String docxSha256, Instant publishedAt, @Nullable Long publishedBy) {
}
