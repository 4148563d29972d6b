package org.sunshine.inforequest;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.text.TextRules;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserService;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What changes the reply clock besides 补正: consulting a third party or another organ (the clock stops from the
 * letter to the answer or its 15 working days, Art. 32–34), the one extension (Art. 33: at most 20 working days,
 * approved by the head of the organ's disclosure office; Art. 35: a stated longer deadline), and a fee notice (the
 * clock stops until payment; unpaid in its window, the platform ends the application).
 */
@Singleton
public class RequestPauses {

    private final RequestSteps steps;
    private final ConsultationRepository consultations;
    private final RequestDocuments documents;
    private final RequestRepository requests;
    private final UserService users;
    private final RequestSettings settings;
    private final RequestDeadlines deadlines;
    private final BusinessClock clock;

    RequestPauses(RequestSteps steps, ConsultationRepository consultations, RequestDocuments documents,
                  RequestRepository requests, UserService users, RequestSettings settings, RequestDeadlines deadlines,
                  BusinessClock clock) {
        this.steps = steps;
        this.consultations = consultations;
        this.documents = documents;
        this.requests = requests;
        this.users = users;
        this.settings = settings;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Sends a consultation letter today; the reply clock stops until the answer or its deadline. Issues the 征询函. */
    @Transactional
    public long consult(long id, ConsultationKind kind, String party, String question, SignedInUser handler) {
        if (kind == null) {
            throw DomainException.on("kind", "inforequest.error.consultationKind");
        }
        String who = TextRules.line("party", "inforequest.field.party", party, 200);
        if (who.isEmpty()) {
            throw DomainException.on("party", "inforequest.error.party");
        }
        String text = TextRules.lines("question", "inforequest.field.question", question, RequestHandling.MAX_REASON);
        if (text.isEmpty()) {
            throw DomainException.on("question", "inforequest.error.question");
        }
        LocalDate today = clock.today();
        InfoRequest r = steps.lock(id);
        RequestSteps.checkOrgan(r, handler);
        Consultation letter = consultations.save(new Consultation(null, id, kind, who, text, today,
                deadlines.plus(today, settings.consultationDays()), null, null));
        steps.act(id, RequestAction.CONSULT, handler, who, x -> { });
        documents.issue(requests.findById(id).orElseThrow(), DocumentKind.CONSULTATION_LETTER, letter);
        return letter.id();
    }

    /** The consulted party's answer, received on {@code answeredOn} (from the letter's day to today). */
    @Transactional
    public void answer(long id, long consultationId, LocalDate answeredOn, String answer, SignedInUser handler) {
        Consultation letter = consultations.findById(consultationId).filter(c -> c.requestId() == id)
                .orElseThrow(() -> new DomainException("inforequest.error.missing"));
        if (letter.answered()) {
            throw new DomainException("inforequest.error.answered");
        }
        if (answeredOn == null || answeredOn.isBefore(letter.sentOn()) || answeredOn.isAfter(clock.today())) {
            throw DomainException.on("answeredOn", "inforequest.error.answeredOn", letter.sentOn());
        }
        String text = TextRules.lines("answer", "inforequest.field.answer", answer, RequestHandling.MAX_REASON);
        InfoRequest r = steps.lock(id);
        RequestSteps.checkOrgan(r, handler);
        consultations.update(letter.answered(answeredOn, text.isEmpty() ? null : text));
        steps.act(id, RequestAction.CONSULTATION_ANSWERED, handler, letter.party() + " " + answeredOn, x -> { });
    }

    /** The handler asks for the one extension: Art. 33 at most 20 working days; Art. 35 a stated longer deadline. */
    @Transactional
    public void requestExtension(long id, ExtensionBasis basis, int days, String reason, SignedInUser handler) {
        if (basis == null) {
            throw DomainException.on("basis", "inforequest.error.extensionBasis");
        }
        int max = basis == ExtensionBasis.ART33 ? settings.maxExtensionDays() : settings.maxLongerDays();
        if (days < 1 || days > max) {
            throw DomainException.on("days", "inforequest.error.extensionDays", max);
        }
        String text = TextRules.lines("reason", "inforequest.field.reason", reason, RequestHandling.MAX_REASON);
        if (text.isEmpty()) {
            throw DomainException.on("reason", "inforequest.error.reason");
        }
        steps.act(id, RequestAction.REQUEST_EXTENSION, handler, text + " (+" + days + ")", r -> {
            r.setRequestedExtensionDays(days);
            r.setExtensionBasis(basis);
            r.setExtensionReason(text);
        });
    }

    /**
     * The head of the organ's disclosure office decides; approved, the reply deadline moves by the days asked and the
     * applicant is told (延期答复告知书).
     */
    @Transactional
    public void decideExtension(long id, boolean approve, String note, SignedInUser head) {
        if (!users.isDisclosureHead(head.id())) {
            throw new DomainException("inforequest.error.notHead");
        }
        String text = TextRules.lines("note", "inforequest.field.note", note, RequestHandling.MAX_NOTE);
        if (!approve && text.isEmpty()) {
            throw DomainException.on("note", "inforequest.error.reason");
        }
        steps.act(id, approve ? RequestAction.APPROVE_EXTENSION : RequestAction.REFUSE_EXTENSION, head, text, r -> {
            if (approve) {
                r.setExtensionDays(r.getRequestedExtensionDays());
            }
        });
        if (approve) {
            documents.issue(requests.findById(id).orElseThrow(), DocumentKind.EXTENSION_NOTICE, null);
        }
    }

    /** The fee of an application now: per application, the applicant's n-th this month; per quantity, the pages. */
    @Transactional(readOnly = true)
    public BigDecimal fee(long id, FeeMode mode, int quantity) {
        InfoRequest r = requests.findById(id).orElseThrow(() -> new DomainException("inforequest.error.missing"));
        if (mode == FeeMode.PER_QUANTITY) {
            return Fees.perQuantity(quantity);
        }
        LocalDate month = r.getArrivedOn().withDayOfMonth(1);
        String applicant = r.getIdNumber() != null ? r.getIdNumber() : r.getCreditCode();
        long n = requests.countApplicantUpTo(applicant, month, month.plusMonths(1), r.getId());
        return Fees.perApplication((int) n);
    }

    /** Sends a fee notice (only where fees are switched on); the clock stops until payment. */
    @Transactional
    public void requestFee(long id, FeeMode mode, int quantity, SignedInUser handler) {
        if (!settings.feesEnabled()) {
            throw new DomainException("inforequest.error.feesOff");
        }
        if (mode == null) {
            throw DomainException.on("mode", "inforequest.error.feeMode");
        }
        if (mode == FeeMode.PER_QUANTITY && (quantity < 1 || quantity > 100_000)) {
            throw DomainException.on("quantity", "inforequest.error.feeQuantity");
        }
        BigDecimal amount = fee(id, mode, quantity);
        if (amount.signum() == 0) {
            throw DomainException.on("mode", "inforequest.error.feeFree");
        }
        steps.act(id, RequestAction.REQUEST_FEE, handler, amount.toPlainString(), r -> {
            r.setFeeMode(mode);
            r.setFeeQuantity(mode == FeeMode.PER_QUANTITY ? quantity : null);
            r.setFeeAmount(amount);
            r.setFeeStart(clock.today());
        });
        documents.issue(requests.findById(id).orElseThrow(), DocumentKind.FEE_NOTICE, null);
    }

    /** The fee was paid on {@code paidOn}; the clock runs again. */
    @Transactional
    public void recordPayment(long id, LocalDate paidOn, SignedInUser handler) {
        InfoRequest current = steps.lock(id);
        if (paidOn == null || current.getFeeStart() == null || paidOn.isBefore(current.getFeeStart())
                || paidOn.isAfter(clock.today())) {
            throw DomainException.on("paidOn", "inforequest.error.paidOn");
        }
        steps.act(id, RequestAction.RECORD_PAYMENT, handler, paidOn.toString(), r -> r.setFeePaidOn(paidOn));
    }
}
