package org.sunshine.inforequest;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.i18n.Messages;
import org.sunshine.base.text.TextRules;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.By;
import org.sunshine.workflow.Step;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the organ does with an application (its handlers), and the inspector's reminders and reviews: register an
 * online one (the receipt date; late if after its confirmation deadline), ask once for 补正 within 7 working days of
 * receipt, record a correction received by staff, reply, and the platform's end of applications whose correction
 * did not come in time. Pauses, extension and fees: {@link RequestPauses}. Each step issues its document.
 */
@Singleton
public class RequestHandling {

    static final int MAX_REASON = 2000;
    static final int MAX_NOTE = 500;

    private final RequestSteps steps;
    private final RequestDeadlines deadlines;
    private final RequestDocuments documents;
    private final RequestAttachmentRepository files;
    private final RequestRepository requests;
    private final Messages messages;
    private final BusinessClock clock;

    RequestHandling(RequestSteps steps, RequestDeadlines deadlines, RequestDocuments documents,
                    RequestAttachmentRepository files, RequestRepository requests, Messages messages,
                    BusinessClock clock) {
        this.steps = steps;
        this.deadlines = deadlines;
        this.documents = documents;
        this.files = files;
        this.requests = requests;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Confirms an online or partner application (Art. 31: the receipt date is the day it is confirmed). Confirmed after
     * its deadline, it is marked late and its receipt date is the deadline, so a late confirmation cannot stretch the
     * reply clock. Issues the 收件回执.
     */
    @Transactional
    public void register(long id, SignedInUser handler) {
        LocalDate today = clock.today();
        steps.act(id, RequestAction.REGISTER, handler, "", r -> {
            boolean late = r.getRegisterDue() != null && today.isAfter(r.getRegisterDue());
            LocalDate received = late ? r.getRegisterDue() : today;
            r.setRegisteredAt(clock.now());
            r.setLateRegistration(late);
            r.setReceivedOn(received);
            r.setReplyStart(received);
        });
        issue(id, DocumentKind.RECEIPT);
    }

    /**
     * The 收件回执 of a registered application, if it has none yet (filing by staff and registration issue it
     * themselves; this only makes up for one that is missing).
     */
    @Transactional
    public void issueReceipt(long id) {
        if (documents.of(id).stream().noneMatch(d -> d.kind() == DocumentKind.RECEIPT)) {
            issue(id, DocumentKind.RECEIPT);
        }
    }

    /**
     * Asks, once and in full, for 补正 (Art. 30): only within 7 working days of receipt; the reply clock stops, and
     * restarts from the day the correction is received. Issues the 补正告知书.
     */
    @Transactional
    public void requestCorrection(long id, String items, SignedInUser handler) {
        String text = TextRules.lines("items", "inforequest.field.correctionItems", items, MAX_REASON);
        if (text.isEmpty()) {
            throw DomainException.on("items", "inforequest.error.correctionItems");
        }
        InfoRequest current = steps.lock(id);
        if (current.getReceivedOn() != null && clock.today().isAfter(deadlines.correctionLimit(current))) {
            throw new DomainException("inforequest.error.correctionLate", deadlines.correctionLimit(current));
        }
        steps.act(id, RequestAction.REQUEST_CORRECTION, handler, text, r -> {
            r.setCorrectionUsed(true);
            r.setCorrectionItems(text);
            r.setCorrectionStart(clock.today());
        });
        issue(id, DocumentKind.CORRECTION_NOTICE);
    }

    /** A corrected application received by staff (in person, by post, by fax); the 20 days start again today. */
    @Transactional
    public void recordCorrection(long id, String description, String docNumber, SignedInUser handler) {
        Correction c = Correction.check(description, docNumber);
        steps.act(id, RequestAction.CORRECT, handler, c.description(), r -> c.applyTo(r, clock.today()));
    }

    /** The organ's reply: the application ends with its result (one row of table 三). Issues the 答复告知书. */
    @Transactional
    public void reply(long id, ReplyForm form, SignedInUser handler) {
        ReplyChecks.Checked reply = ReplyChecks.check(form);
        List<Attachments.Checked> checked = Attachments.check(form.files());
        LocalDate today = clock.today();
        Instant now = clock.now();
        Step<RequestState, RequestAction> step = steps.act(id, RequestAction.REPLY, handler, messages.chinese("inforequest.result." + reply.result().name()), r -> {
            reply.applyTo(r);
            r.setRepliedAt(now);
            r.setRepliedOn(today);
            r.setRepliedInTime(r.getReplyDue() == null || !today.isAfter(r.getReplyDue()));
            r.setClosedAt(now);
        });
        for (Attachments.Checked file : checked) {
            files.save(new RequestAttachment(null, id, step.id(), AttachmentPurpose.REPLY, file.fileName(),
                    file.contentType(), file.content().length, file.sha256(), file.content(), now));
        }
        issue(id, DocumentKind.REPLY);
    }

    /** 催办: the inspector reminds the organ of an open application; recorded in its history. */
    @Transactional
    public void remind(long id, String note, SignedInUser inspector) {
        steps.act(id, RequestAction.REMIND, inspector, TextRules.lines("note", "inforequest.field.note", note, MAX_NOTE),
                r -> { });
    }

    /** 答复质量评查: the inspector judges an ended application's reply 规范 or 不规范 (with a reason). */
    @Transactional
    public void review(long id, ReplyQuality quality, String reason, SignedInUser inspector) {
        if (quality == null) {
            throw DomainException.on("quality", "inforequest.error.quality");
        }
        String text = TextRules.lines("reason", "inforequest.field.qualityReason", reason, MAX_NOTE);
        if (quality == ReplyQuality.IMPROPER && text.isEmpty()) {
            throw DomainException.on("reason", "inforequest.error.qualityReason");
        }
        steps.act(id, RequestAction.REVIEW, inspector, text, r -> {
            r.setQuality(quality);
            r.setQualityReason(text.isEmpty() ? null : text);
            r.setQualityBy(inspector.id());
            r.setQualityAt(clock.now());
        });
    }

    /** Links the finding an improper reply became (the finding's feature files it). */
    @Transactional
    public void linkFinding(long id, long findingId) {
        InfoRequest r = steps.lock(id);
        r.setFindingId(findingId);
        requests.update(r);
    }

    /**
     * Ends the applications whose correction (三(六)1) or fee payment (三(六)2) did not come by its deadline: the
     * platform's step, one application per transaction in the caller's loop.
     */
    @Transactional
    public int terminateOverdue() {
        LocalDate today = clock.today();
        int ended = 0;
        for (InfoRequest r : requests.findByStateAndCorrectionDueLessThan(RequestState.CORRECTION_REQUESTED, today)) {
            ended += terminate(r.getId(), ReplyResult.NO_CORRECTION);
        }
        for (InfoRequest r : requests.findByStateAndFeeDueLessThan(RequestState.FEE_REQUESTED, today)) {
            ended += terminate(r.getId(), ReplyResult.FEE_UNPAID);
        }
        return ended;
    }

    private int terminate(long id, ReplyResult result) {
        InfoRequest r = steps.lock(id);
        if (!RequestWorkflow.TABLE.next(r.getState(), RequestAction.TERMINATE, By.SYSTEM.actor()).isPresent()) {
            return 0;
        }
        steps.move(r, RequestAction.TERMINATE, By.SYSTEM, messages.chinese("inforequest.result." + result.name()), x -> {
            x.setResult(result);
            x.setResultBasis(messages.chinese("inforequest.basis." + result.name()));
            x.setClosedAt(clock.now());
        });
        return 1;
    }

    private void issue(long id, DocumentKind kind) {
        documents.issue(requests.findById(id).orElseThrow(), kind, null);
    }
}
