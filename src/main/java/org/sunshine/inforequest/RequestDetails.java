package org.sunshine.inforequest;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.StoredFile;
import org.sunshine.complaint.Masking;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserService;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.History;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One application as staff see it (an inspector any, a handler their own organ's): everything about it but the
 * applicant's personal data in full, its consultations, documents, files and history, and the steps the viewer may
 * take now — the table's and its guards, the head's decision on an extension only for the organ's disclosure-office
 * head, fees only where enabled, 补正 only within its window, an answer only to an open consultation.
 */
@Singleton
public class RequestDetails {

    /** Steps whose screens another part of the feature provides (the review, the remedies). */
    private static final Set<RequestAction> ELSEWHERE = EnumSet.of(RequestAction.REVIEW, RequestAction.RECORD_REMEDY);

    private final RequestRepository requests;
    private final RequestQueries queries;
    private final History history;
    private final ConsultationRepository consultations;
    private final RequestDocuments documents;
    private final RequestAttachmentRepository files;
    private final UserService users;
    private final RequestDeadlines deadlines;

    RequestDetails(RequestRepository requests, RequestQueries queries, History history,
                   ConsultationRepository consultations, RequestDocuments documents, RequestAttachmentRepository files,
                   UserService users, RequestDeadlines deadlines) {
        this.requests = requests;
        this.queries = queries;
        this.history = history;
        this.consultations = consultations;
        this.documents = documents;
        this.files = files;
        this.users = users;
        this.deadlines = deadlines;
    }

    @Transactional(readOnly = true)
    public RequestDetail detail(long id, SignedInUser viewer) {
        InfoRequest r = load(id, viewer);
        List<Consultation> letters = consultations.findByRequestIdOrderById(id);
        boolean open = letters.stream().anyMatch(c -> !c.answered());
        RequestRow row = queries.row(r);
        String maskedId = PersonalData.idNumber(r.getIdNumber());
        String maskedContact = PersonalData.join(Masking.name(r.getContactPerson()),
                PersonalData.contact(r));
        Set<RequestAction> actions = actions(r, viewer, open);
        // the detail carries no personal data: what the page needs of it is masked above
        r.setIdNumber(null);
        r.setPhone(null);
        r.setEmail(null);
        r.setAddress(null);
        r.setPostalCode(null);
        r.setContactPerson(null);
        return new RequestDetail(r, row, row.organName(), row.maskedName(), maskedId, maskedContact,
                RequestQueries.canReveal(r, viewer), letters, documents.of(id), files.findInfos(id),
                history.of(RequestWorkflow.TABLE, id), actions, open);
    }

    private Set<RequestAction> actions(InfoRequest r, SignedInUser viewer, boolean openConsultation) {
        Actor actor = viewer.is(Role.INSPECTOR) ? Actor.INSPECTOR
                : RequestQueries.canReveal(r, viewer) ? Actor.HANDLER : null;
        if (actor == null) {
            return Set.of();
        }
        Set<RequestAction> actions = EnumSet.noneOf(RequestAction.class);
        actions.addAll(RequestWorkflow.available(r, actor));
        actions.removeAll(ELSEWHERE);
        if (!users.isDisclosureHead(viewer.id())) {
            actions.removeAll(EnumSet.of(RequestAction.APPROVE_EXTENSION, RequestAction.REFUSE_EXTENSION));
        }
        if (!deadlines.feesEnabled()) {
            actions.removeAll(EnumSet.of(RequestAction.REQUEST_FEE, RequestAction.RECORD_PAYMENT));
        }
        if (r.getReceivedOn() != null && deadlines.today().isAfter(deadlines.correctionLimit(r))) {
            actions.remove(RequestAction.REQUEST_CORRECTION);
        }
        if (!openConsultation) {
            actions.remove(RequestAction.CONSULTATION_ANSWERED);
        }
        return actions;
    }

    /** A document of the application, for a viewer who may see it. */
    @Transactional(readOnly = true)
    public StoredFile document(long id, long documentId, SignedInUser viewer) {
        load(id, viewer);
        return documents.file(id, documentId);
    }

    /** A file of the application (ID scan, correction, reply), for a viewer who may see it. */
    @Transactional(readOnly = true)
    public StoredFile file(long id, long fileId, SignedInUser viewer) {
        load(id, viewer);
        RequestAttachment a = files.findById(fileId).filter(f -> f.requestId() == id)
                .orElseThrow(() -> new DomainException("inforequest.error.missing"));
        if (a.purpose() == AttachmentPurpose.ID_SCAN && !RequestQueries.canReveal(requests.findById(id).orElseThrow(), viewer)) {
            throw new DomainException("error.notAllowed");
        }
        return new StoredFile(a.fileName(), a.contentType(), a.content());
    }

    private InfoRequest load(long id, SignedInUser viewer) {
        return RequestQueries.visible(requests.findById(id)
                .orElseThrow(() -> new DomainException("inforequest.error.missing")), viewer);
    }
}
