package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.files.StoredFile;
import org.sunshine.base.i18n.Messages;
import org.sunshine.base.numbers.DocumentNumbers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Issues the documents an organ sends (DISCLOSURE.md §1), inside the step's transaction: the organ's next number of
 * the year (gapless, under the counter's lock: 盘民公开〔2026〕第12号), the PDF rendered by {@link RequestLetters}
 * and frozen with its SHA-256. A download is checked against the SHA-256 recorded when it was sent.
 */
@Singleton
public class RequestDocuments {

    private final RequestDocumentRepository documents;
    private final DocumentNumbers numbers;
    private final Guides guides;
    private final RequestLetters letters;
    private final Messages messages;
    private final BusinessClock clock;

    RequestDocuments(RequestDocumentRepository documents, DocumentNumbers numbers, Guides guides,
                     RequestLetters letters, Messages messages, BusinessClock clock) {
        this.documents = documents;
        this.numbers = numbers;
        this.guides = guides;
        this.letters = letters;
        this.messages = messages;
        this.clock = clock;
    }

    /** The counter of an organ's documents: one per organ (a department, or the city government). */
    static String counterKey(InfoRequest r) {
        return "YSQ-" + r.getDepartmentId() + (r.isToGovernment() ? "-G" : "");
    }

    /** Numbers, renders and freezes a document of the application; must run in the step's transaction. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public RequestDocument.Info issue(InfoRequest r, DocumentKind kind, @Nullable Consultation consultation) {
        LocalDate today = clock.today();
        String key = counterKey(r);
        int seq = numbers.next(key, today.getYear());
        String number = messages.chinese("inforequest.document.number", guides.abbreviation(r),
                String.valueOf(today.getYear()), String.valueOf(seq));
        byte[] pdf = letters.render(kind, r, consultation, number, today);
        String name = (number + " " + messages.chinese("inforequest.document." + kind.name()) + ".pdf")
                .replaceAll("[\\\\/:*?\"<>|]", "_");
        Instant now = clock.now();
        RequestDocument saved = documents.save(new RequestDocument(null, r.getId(), kind, number, key, today.getYear(),
                seq, now, name, pdf.length, Attachments.sha256(pdf), pdf));
        return new RequestDocument.Info(saved.id(), r.getId(), kind, number, now, name, pdf.length, saved.sha256());
    }

    @Transactional(readOnly = true)
    public List<RequestDocument.Info> of(long requestId) {
        return documents.findInfos(requestId);
    }

    /** A document of the application, checked against its SHA-256 (a tampered file is refused). */
    @Transactional(readOnly = true)
    public StoredFile file(long requestId, long documentId) {
        RequestDocument d = documents.findById(documentId).filter(x -> x.requestId() == requestId)
                .orElseThrow(() -> new DomainException("inforequest.error.missing"));
        if (!Attachments.sha256(d.content()).equals(d.sha256())) {
            throw new DomainException("inforequest.error.integrity");
        }
        return new StoredFile(d.fileName(), Attachments.PDF, d.content());
    }
}
