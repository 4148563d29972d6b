package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.base.files.StoredFile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a partner platform does with its applications (the API, {@code inforequest.api}): files a ticket at most once
 * and reads the status of its own applications and their documents — never another partner's, never the applicant's
 * personal data. A ticket sent again (an answer that was lost) gets the application filed first, with the same number
 * and query code, also when both arrive at the same moment: the unique key {@code uk_info_request_partner} lets one
 * insert through, the other is refused and answers with the first. Each step is a transaction of its own, as in
 * {@code complaint.PartnerFiling}.
 */
@Singleton
public class PartnerRequests {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerRequests.class);

    private final RequestIntake intake;
    private final RequestRepository requests;
    private final ConsultationRepository consultations;
    private final RequestDocuments documents;
    private final Organs organs;

    PartnerRequests(RequestIntake intake, RequestRepository requests, ConsultationRepository consultations,
                    RequestDocuments documents, Organs organs) {
        this.intake = intake;
        this.requests = requests;
        this.consultations = consultations;
        this.documents = documents;
        this.organs = organs;
    }

    /** The receipt, and whether it is that of an application filed before for the same ticket. */
    public record Filed(RequestReceipt receipt, boolean repeated) {
    }

    /** A pause of the reply clock: a consultation letter, from the day it was sent to its answer or answer deadline. */
    public record Pause(ConsultationKind kind, LocalDate from, LocalDate to, boolean answered) {
    }

    /** What a partner may read of its application: where it stands, the clock, the result and the documents. */
    public record Status(String requestNo, String ticketId, String organ, RequestState state, Instant arrivedAt,
                         @Nullable LocalDate registerDue, @Nullable LocalDate receivedOn, @Nullable LocalDate replyDue,
                         @Nullable LocalDate correctionDue, int extensionDays, int pausedDays, List<Pause> pauses,
                         @Nullable ReplyResult result, @Nullable LocalDate repliedOn, @Nullable Boolean repliedInTime,
                         List<RequestDocument.Info> documents) {
    }

    public Filed file(RequestForm form, RequestOrigin.Partner partner, String clientIp) {
        var first = intake.repeated(partner);
        if (first.isPresent()) {
            return new Filed(first.get(), true);
        }
        try {
            return new Filed(intake.file(form, RequestOrigin.partner(partner, clientIp)), false);
        } catch (DataAccessException e) {
            if (!RequestIntake.isDuplicate(e, "uk_info_request_partner")) {
                throw e;
            }
            LOG.info("Ticket {} was filed by a request at the same moment: answered with that one", partner);
            return new Filed(intake.repeated(partner).orElseThrow(() -> e), true);
        }
    }

    /** The status of one of the partner's applications; empty for an unknown number or another's application. */
    @Transactional(readOnly = true)
    public Optional<Status> status(String client, String requestNo) {
        return own(client, requestNo).map(r -> new Status(r.getRequestNo(), r.getPartnerTicketId(), organs.of(r).name(),
                r.getState(), r.getArrivedAt(), r.getRegisterDue(), r.getReceivedOn(), r.getReplyDue(),
                r.getCorrectionDue(), r.getExtensionDays(), r.getPausedDays(),
                consultations.findByRequestIdOrderById(r.getId()).stream()
                        .map(c -> new Pause(c.kind(), c.sentOn(), c.pause().to(), c.answered())).toList(),
                r.getResult(), r.getRepliedOn(), r.getRepliedInTime(), documents.of(r.getId())));
    }

    /** A document of one of the partner's applications, checked against its SHA-256; empty if not theirs. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> document(String client, String requestNo, long documentId) {
        return own(client, requestNo).filter(r -> documents.of(r.getId()).stream().anyMatch(d -> d.id() == documentId))
                .map(r -> documents.file(r.getId(), documentId));
    }

    private Optional<InfoRequest> own(String client, String requestNo) {
        String number = requestNo == null ? "" : requestNo.strip().toUpperCase(java.util.Locale.ROOT);
        if (number.isEmpty() || number.length() > 24) {
            return Optional.empty();
        }
        return requests.findByRequestNo(number).filter(r -> client.equals(r.getApiClient()));
    }
}
