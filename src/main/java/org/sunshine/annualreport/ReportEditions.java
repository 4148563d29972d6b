package org.sunshine.annualreport;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.files.StoredFile;
import org.sunshine.base.i18n.Messages;
import org.sunshine.report.ReportFormat;

import java.time.Instant;
import java.util.List;

/**
 * The published editions, for anyone: a published edition is public (the public page, the open data, the staff's
 * downloads). Its files are served as frozen, checked against the SHA-256 recorded at publication (a file changed
 * since is refused). A report being corrected is still listed with its newest published edition.
 */
@Singleton
public class ReportEditions {

    private final AnnualReportRepository reports;
    private final ReportEditionRepository editions;
    private final EditionInfoRepository infos;
    private final ReportContents contents;
    private final Messages messages;

    ReportEditions(AnnualReportRepository reports, ReportEditionRepository editions, EditionInfoRepository infos,
                   ReportContents contents, Messages messages) {
        this.reports = reports;
        this.editions = editions;
        this.infos = infos;
        this.contents = contents;
        this.messages = messages;
    }

    /** A report's newest published edition, as listed. */
    public record Published(long reportId, int year, String organKey, String organName, boolean government,
                            int edition, Instant publishedAt) {
    }

    /** The years with a published report, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return reports.findPublishedYears();
    }

    /** The year's published reports, the government's first. */
    @Transactional(readOnly = true)
    public List<Published> published(int year) {
        return reports.findByYearAndEditionGreaterThanOrderByToGovernmentDescAndDepartmentIdAsc(year, 0).stream()
                .map(r -> new Published(r.getId(), r.getYear(), r.organKey(), contents.organName(r),
                        r.isToGovernment(), r.getEdition(), r.getPublishedAt()))
                .toList();
    }

    /** A report's published editions, the newest first. */
    @Transactional(readOnly = true)
    public List<EditionInfo> editions(long reportId) {
        return infos.findByReportIdOrderByEditionDesc(reportId);
    }

    /** A published edition's content, as frozen. */
    @Transactional(readOnly = true)
    public ReportContent content(long reportId, int edition) {
        return contents.frozen(reportId, edition);
    }

    /** A published edition's PDF or DOCX, checked against its SHA-256. */
    @Transactional(readOnly = true)
    public StoredFile file(long reportId, int edition, ReportFormat format) {
        ReportEdition e = editions.findByReportIdAndEdition(reportId, edition)
                .orElseThrow(() -> new DomainException("annualreport.error.noEdition"));
        byte[] content = format == ReportFormat.DOCX ? e.docx() : e.pdf();
        String recorded = format == ReportFormat.DOCX ? e.docxSha256() : e.pdfSha256();
        if (format == ReportFormat.XLSX || !Attachments.sha256(content).equals(recorded)) {
            throw new DomainException("annualreport.error.integrity");
        }
        ReportContent c = contents.frozen(reportId, edition);
        String name = messages.chinese("annualreport.fileName", c.organName(), String.valueOf(c.year()),
                String.valueOf(edition)).replaceAll("[\\\\/:*?\"<>|]", "_");
        return new StoredFile(format.fileName(name), format.contentType(), content);
    }
}
