package org.sunshine.annualreport;

import jakarta.inject.Singleton;
import org.sunshine.report.ReportFormat;

/**
 * The annual report as a document (PDF to publish, DOCX to edit further), from the JasperReports template
 * {@code reports/annual-report.jrxml}, in the look of the reports governments publish: the title, the six parts,
 * bordered tables with the exact headings of DISCLOSURE.md §3.
 */
@Singleton
public class ReportDocument {

    /** The document of the content in the format (PDF or DOCX). */
    public byte[] render(ReportContent content, ReportFormat format) {
        throw new UnsupportedOperationException("being written (issue 16)");
    }
}
