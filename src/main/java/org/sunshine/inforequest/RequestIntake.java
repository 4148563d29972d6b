package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.QueryCodes;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.i18n.Messages;
import org.sunshine.security.Role;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.By;
import org.sunshine.workflow.History;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.security.SecureRandom;

/**
 * Takes in applications: online and from partner platforms (waiting for the organ to confirm them), or recorded by
 * the organ's staff (registered at once, the receipt date being that day or, by post, the day they signed for it).
 * Everything is checked ({@link RequestChecks}) before anything is written; the application, its first step, its
 * file and (recorded by staff) its 收件回执 are saved in one transaction.
 */
@Singleton
public class RequestIntake {

    private static final int DUPLICATE_KEY = 1062;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RequestRepository requests;
    private final RequestAttachmentRepository files;
    private final Organs organs;
    private final RequestDeadlines deadlines;
    private final Messages messages;
    private final History history;
    private final RequestDocuments documents;
    private final BusinessClock clock;

    RequestIntake(RequestRepository requests, RequestAttachmentRepository files, Organs organs,
                  RequestDeadlines deadlines, Messages messages, History history, RequestDocuments documents,
                  BusinessClock clock) {
        this.requests = requests;
        this.files = files;
        this.organs = organs;
        this.deadlines = deadlines;
        this.messages = messages;
        this.history = history;
        this.documents = documents;
        this.clock = clock;
    }

    @Transactional
    public RequestReceipt file(RequestForm form, RequestOrigin origin) {
        Organs.Organ organ = organs.byKey(form.organ());
        boolean staff = !origin.channel().needsConfirmation();
        if (staff && (origin.enteredBy() == null || !origin.enteredBy().is(Role.HANDLER)
                || !Long.valueOf(organ.departmentId()).equals(origin.enteredBy().departmentId()))) {
            throw new DomainException("error.notAllowed");
        }
        if (origin.channel() == RequestChannel.PARTNER && origin.partner() == null) {
            throw new DomainException("error.notAllowed");
        }
        RequestChecks.Checked applicant = RequestChecks.check(form);
        List<Attachments.Checked> scan = RequestChecks.idScan(form.idScan());
        LocalDate today = clock.today();
        LocalDate signedFor = null;
        if (origin.channel() == RequestChannel.POST) {
            signedFor = origin.signedForOn();
            if (signedFor == null || signedFor.isAfter(today) || signedFor.isBefore(today.minusDays(60))) {
                throw DomainException.on("signedForOn", "inforequest.error.signedFor");
            }
        }

        Instant now = clock.now();
        String queryCode = origin.partner() == null ? QueryCodes.newCode()
                : QueryCodes.partnerCode(origin.partner().apiKey(), origin.partner().client(), origin.partner().ticketId());
        InfoRequest r = applicant.applyTo(new InfoRequest());
        r.setQueryCodeSalt(QueryCodes.salt());
        r.setQueryCodeHash(QueryCodes.hash(queryCode, r.getQueryCodeSalt()));
        r.setDepartmentId(organ.departmentId());
        r.setToGovernment(organ.government());
        r.setChannel(origin.channel());
        r.setWrittenFor(origin.channel() == RequestChannel.ORAL);
        r.setArrivedAt(now);
        r.setArrivedOn(signedFor != null ? signedFor : today);
        r.setSignedForOn(signedFor);
        r.setBaseDays(deadlines.replyDays());
        r.setEnteredBy(origin.enteredBy() == null ? null : origin.enteredBy().id());
        r.setApiClient(origin.partner() == null ? null : origin.partner().client());
        r.setPartnerTicketId(origin.partner() == null ? null : origin.partner().ticketId());
        r.setClientIp(origin.clientIp() == null ? "" : origin.clientIp());
        r.setFilingLanguage(origin.language() == null ? null : Messages.supported(origin.language()).toLanguageTag());
        if (staff) {
            // received by the organ itself: that day, or the day it signed for the letter (Art. 31)
            r.setState(RequestState.REGISTERED);
            r.setRegisteredAt(now);
            r.setReceivedOn(r.getArrivedOn());
            r.setReplyStart(r.getArrivedOn());
        } else {
            r.setState(RequestState.SUBMITTED);
        }
        deadlines.recompute(r, List.of());
        r = saveWithFreshNumber(r, today);

        By by = origin.enteredBy() == null ? By.PUBLIC : By.as(Actor.HANDLER, origin.enteredBy());
        var step = history.record(RequestWorkflow.TABLE, r.getId(), RequestAction.FILE, null, r.getState(), by,
                r.getDepartmentId(), messages.chinese("inforequest.channel." + origin.channel().name()));
        for (Attachments.Checked file : scan) {
            files.save(new RequestAttachment(null, r.getId(), step.id(), AttachmentPurpose.ID_SCAN, file.fileName(),
                    file.contentType(), file.content().length, file.sha256(), file.content(), now));
        }
        if (staff) {
            // received and registered at once: its 收件回执 now (an online one gets it when the organ confirms it)
            documents.issue(r, DocumentKind.RECEIPT, null);
        }
        return receipt(r, queryCode, organ);
    }

    /**
     * The receipt of the application filed first for a partner's ticket, if there is one, with the ticket's query
     * code; should the code not open it (the partner's key changed since), it takes the code of the new key.
     */
    @Transactional
    public Optional<RequestReceipt> repeated(RequestOrigin.Partner partner) {
        return requests.findByApiClientAndPartnerTicketId(partner.client(), partner.ticketId()).map(r -> {
            String queryCode = QueryCodes.partnerCode(partner.apiKey(), partner.client(), partner.ticketId());
            if (!QueryCodes.matches(queryCode, r.getQueryCodeSalt(), r.getQueryCodeHash())) {
                r.setQueryCodeSalt(QueryCodes.salt());
                r.setQueryCodeHash(QueryCodes.hash(queryCode, r.getQueryCodeSalt()));
                r = requests.update(r);
            }
            return receipt(r, queryCode, organs.of(r));
        });
    }

    private static RequestReceipt receipt(InfoRequest r, String queryCode, Organs.Organ organ) {
        return new RequestReceipt(r.getId(), r.getRequestNo(), queryCode, organ.name(), r.getDescription(),
                r.getArrivedAt(), r.getRegisterDue(), r.getReceivedOn(), r.getReplyDue());
    }

    /** 依申请 numbers: YS, the day, six random digits; drawn again if taken (the unique key says so). */
    private InfoRequest saveWithFreshNumber(InfoRequest r, LocalDate today) {
        for (int attempt = 1; ; attempt++) {
            r.setRequestNo("YS" + today.format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
                    + String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000)));
            try {
                return requests.save(r);
            } catch (DataAccessException e) {
                if (!isDuplicate(e, "uk_info_request_no") || attempt == 20) {
                    throw e;
                }
            }
        }
    }

    /** Whether the database refused a row because a unique key of that name already holds its value. */
    static boolean isDuplicate(@Nullable Throwable e, String uniqueKey) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_KEY
                    && String.valueOf(sql.getMessage()).contains(uniqueKey)) {
                return true;
            }
        }
        return false;
    }
}
