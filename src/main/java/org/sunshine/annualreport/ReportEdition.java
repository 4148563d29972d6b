package org.sunshine.annualreport;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A published edition of an annual report, frozen: the report as published ({@link ReportContent} as JSON), its PDF
 * and DOCX and their SHA-256. Written once, never changed; a correction is the next edition with its reason.
 */
@MappedEntity("annual_report_edition")
public record ReportEdition(@Id @GeneratedValue @Nullable Long id, long reportId, int edition, String reason,
                            String contentJson, byte[] pdf, String pdfSha256, byte[] docx, String docxSha256,
                            Instant publishedAt, @Nullable Long publishedBy) {
}
