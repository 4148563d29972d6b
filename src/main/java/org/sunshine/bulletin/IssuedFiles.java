package org.sunshine.bulletin;

import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.files.StoredFile;

import java.time.Instant;
import java.util.Locale;

/**
 * A bulletin's PDF and DOCX: rendered and frozen with their SHA-256 at issue, checked against it on every download
 * afterwards (a tampered file is refused); before issue, a preview rendered on the spot and marked as a draft.
 */
@Singleton
class IssuedFiles {

    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final BulletinFileRepository files;
    private final BulletinDocuments documents;
    private final BulletinReport report;
    private final BusinessClock clock;

    IssuedFiles(BulletinFileRepository files, BulletinDocuments documents, BulletinReport report, BusinessClock clock) {
        this.files = files;
        this.documents = documents;
        this.report = report;
        this.clock = clock;
    }

    /** Renders the issued bulletin and freezes both files; records their SHA-256 on it (the caller saves it). */
    void freeze(Bulletin issued) {
        BulletinDocument document = documents.document(issued);
        byte[] pdf = report.pdf(document, Locale.SIMPLIFIED_CHINESE);
        byte[] docx = report.docx(document, Locale.SIMPLIFIED_CHINESE);
        String name = baseName(issued);
        Instant now = clock.now();
        files.save(new BulletinFile(null, issued.getId(), "pdf", name + ".pdf", contentType("pdf"), pdf.length,
                Attachments.sha256(pdf), pdf, now));
        files.save(new BulletinFile(null, issued.getId(), "docx", name + ".docx", contentType("docx"), docx.length,
                Attachments.sha256(docx), docx, now));
        issued.setPdfSha256(Attachments.sha256(pdf));
        issued.setDocxSha256(Attachments.sha256(docx));
    }

    /** The file frozen at issue, checked against its SHA-256; before issue, a preview rendered now. */
    StoredFile file(Bulletin b, String format) {
        if (!b.issued()) {
            BulletinDocument document = documents.document(b);
            byte[] content = "docx".equals(format) ? report.docx(document, Locale.SIMPLIFIED_CHINESE)
                    : report.pdf(document, Locale.SIMPLIFIED_CHINESE);
            return new StoredFile(baseName(b) + "." + format, contentType(format), content);
        }
        BulletinFile frozen = files.findByBulletinIdAndFormat(b.getId(), format)
                .orElseThrow(() -> new DomainException("bulletin.error.missing"));
        String recorded = "docx".equals(format) ? b.getDocxSha256() : b.getPdfSha256();
        if (!Attachments.sha256(frozen.content()).equals(recorded) || !frozen.sha256().equals(recorded)) {
            throw new DomainException("bulletin.error.integrity");
        }
        return new StoredFile(frozen.fileName(), frozen.contentType(), frozen.content());
    }

    /** 盘政办通〔2026〕3号 关于…的通报, made safe as a file name. */
    static String baseName(Bulletin b) {
        String name = (b.getDocNumber() == null ? "" : b.getDocNumber() + " ") + b.getTitle();
        return name.replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    static String contentType(String format) {
        return "docx".equals(format) ? DOCX_TYPE : "application/pdf";
    }
}
