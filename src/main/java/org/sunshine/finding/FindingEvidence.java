package org.sunshine.finding;

import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.StoredFile;

import java.util.List;
import java.util.Optional;

/**
 * A finding's evidence as its page reads it: the files filed with it and the disclosure record attached to it (read
 * through {@link LinkedRecord.Lookup}). Callers check that the viewer may see the finding.
 */
@Singleton
class FindingEvidence {

    private final FindingAttachmentRepository attachments;
    private final FindingRepository findings;
    private final LinkedRecord.Lookup records;

    FindingEvidence(FindingAttachmentRepository attachments, FindingRepository findings, LinkedRecord.Lookup records) {
        this.attachments = attachments;
        this.findings = findings;
        this.records = records;
    }

    List<FindingAttachment.Info> files(long findingId) {
        return attachments.findInfos(findingId);
    }

    /** The disclosure record attached to the finding, if any. */
    Optional<LinkedRecord> record(long findingId) {
        return findings.findById(findingId).map(Finding::getDisclosureRecordId).flatMap(records::find);
    }

    StoredFile file(long findingId, long attachmentId) {
        FindingAttachment file = attachments.findById(attachmentId).filter(a -> a.findingId() == findingId)
                .orElseThrow(() -> new DomainException("finding.error.missing"));
        return new StoredFile(file.fileName(), file.contentType(), file.content());
    }
}
