package org.sunshine.annualreport;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.files.Attachments;
import org.sunshine.report.ReportFormat;

/**
 * Freezes a report as its next edition: the content as JSON, the PDF and the DOCX rendered from it
 * ({@link ReportDocument}), the SHA-256 of each. Runs in the publishing step's transaction: the edition and the
 * report's new state are written together or not at all. An edition is never changed afterwards.
 */
@Singleton
class ReportPublication {

    private final ReportDocument document;
    private final ReportJson json;
    private final ReportEditionRepository editions;
    private final BusinessClock clock;

    ReportPublication(ReportDocument document, ReportJson json, ReportEditionRepository editions,
                      BusinessClock clock) {
        this.document = document;
        this.json = json;
        this.editions = editions;
        this.clock = clock;
    }

    ReportEdition freeze(long reportId, ReportContent content, @Nullable Long publishedBy) {
        byte[] pdf = document.render(content, ReportFormat.PDF);
        byte[] docx = document.render(content, ReportFormat.DOCX);
        return editions.save(new ReportEdition(null, reportId, content.edition(), content.reason(),
                json.write(content), pdf, Attachments.sha256(pdf), docx, Attachments.sha256(docx), clock.now(),
                publishedBy));
    }
}
