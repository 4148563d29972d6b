package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ClientAddresses;
import org.sunshine.base.DomainException;
import org.sunshine.base.RateLimiter;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.workflow.History;
import org.sunshine.workflow.Step;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tracking page's service: opens an application with its number and query code, at most
 * {@code lookupFailuresPerHour} wrong pairs per client address and hour, and tells what the applicant may see of it
 * ({@link PublicRequest}): personal data masked, every clock event with the reply due date after it, replayed on the
 * working-day calendar from the history and the consultations.
 */
@Singleton
public class RequestPublicView {

    static final Duration WINDOW = Duration.ofHours(1);
    /** Steps the applicant does not see: the inspector's review and the remedies are the platform's business. */
    private static final Set<RequestAction> INTERNAL = EnumSet.of(RequestAction.REVIEW, RequestAction.RECORD_REMEDY,
            RequestAction.REQUEST_EXTENSION, RequestAction.REFUSE_EXTENSION);

    private final RequestRepository requests;
    private final ConsultationRepository consultations;
    private final RequestTracking tracking;
    private final Organs organs;
    private final RequestDeadlines deadlines;
    private final WorkingDayCalendar calendar;
    private final History history;
    private final RateLimiter limiter;
    private final RequestSettings settings;
    private final BusinessClock clock;

    RequestPublicView(RequestRepository requests, ConsultationRepository consultations, RequestTracking tracking,
                      Organs organs, RequestDeadlines deadlines, WorkingDayCalendar calendar, History history,
                      RateLimiter limiter, RequestSettings settings, BusinessClock clock) {
        this.requests = requests;
        this.consultations = consultations;
        this.tracking = tracking;
        this.organs = organs;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.history = history;
        this.limiter = limiter;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The application's id for a right number and query code, else empty (without saying which was wrong). Every try
     * takes a place in the address's hourly allowance of wrong pairs, given back when the pair was right.
     *
     * @throws DomainException {@code inforequest.error.tooManyLookups} (with the minutes to wait) after too many
     */
    public Optional<Long> open(String requestNo, String queryCode, String clientIp) {
        String key = "inforequest-lookup:" + ClientAddresses.bucket(clientIp == null ? "" : clientIp);
        RateLimiter.Decision decision = limiter.tryAcquire(key, settings.lookupFailuresPerHour(), WINDOW);
        if (!decision.allowed()) {
            throw new DomainException("inforequest.error.tooManyLookups", decision.retryAfterMinutes());
        }
        Optional<Long> id = tracking.open(requestNo, queryCode);
        if (id.isPresent()) {
            limiter.release(key);
        }
        return id;
    }

    /** What the applicant sees of an application opened with its codes. */
    @Transactional(readOnly = true)
    public PublicRequest view(long id) {
        InfoRequest r = requests.findById(id).orElseThrow(() -> new DomainException("inforequest.error.missing"));
        boolean person = r.getApplicantKind() == ApplicantKind.PERSON;
        return new PublicRequest(r.getId(), r.getRequestNo(), organs.of(r).name(), r.getState(), r.getApplicantKind(),
                person ? RequestMasks.name(r.getApplicantName()) : r.getApplicantName(),
                RequestMasks.idNumber(r.getIdNumber()), r.getCreditCode(), RequestMasks.name(r.getContactPerson()),
                RequestMasks.phone(r.getPhone()), RequestMasks.email(r.getEmail()), RequestMasks.address(r.getAddress()),
                r.getDescription(), r.getDocNumber(), r.getFormWanted(), r.getDelivery(), r.getArrivedAt(),
                r.getRegisterDue(), r.getReceivedOn(), r.isLateRegistration(), r.getReplyStart(), r.getBaseDays(),
                r.getExtensionDays(), r.getPausedDays(), r.getReplyDue(), deadlines.usesFallback(r.getReplyDue()),
                r.getCorrectionItems(), r.getCorrectionDue(), r.getResult(), r.getResultBasis(), r.getResultReason(),
                r.getWithheld(), r.getOtherOrgan(), r.getOtherOrganContact(), r.getProvision(), r.getRepliedOn(),
                r.getState() == RequestState.CORRECTION_REQUESTED, r.getState().open(), events(r));
    }

    /**
     * The history replayed: the reply clock's start, the extension and the pauses known after each step, and the due
     * date they give on today's calendar (so it agrees with the due date the application holds).
     */
    private List<PublicRequest.Event> events(InfoRequest r) {
        List<Consultation> letters = consultations.findByRequestIdOrderById(r.getId());
        List<Consultation> sent = new ArrayList<>();
        List<Long> answered = new ArrayList<>();
        LocalDate start = null;
        int extension = 0;
        boolean stopped = false;
        boolean feeAsked = false;
        boolean feePaid = false;
        List<PublicRequest.Event> events = new ArrayList<>();
        for (Step<RequestState, RequestAction> step : history.of(RequestWorkflow.TABLE, r.getId())) {
            LocalDate day = clock.dateOf(step.at());
            LocalDate date = null;
            LocalDate until = null;
            String detail = "";
            boolean late = false;
            switch (step.action()) {
                case FILE -> {
                    if (step.to() == RequestState.REGISTERED) {
                        start = r.getSignedForOn() != null ? r.getSignedForOn() : day;
                        date = start;
                    }
                }
                case REGISTER -> {
                    start = r.getReceivedOn();
                    date = start;
                    late = r.isLateRegistration();
                }
                case REQUEST_CORRECTION -> {
                    stopped = true;
                    detail = step.note();
                    until = r.getCorrectionDue();
                }
                case CORRECT -> {
                    stopped = false;
                    start = r.getCorrectedOn() != null ? r.getCorrectedOn() : day;
                    date = start;
                }
                case CONSULT -> {
                    if (sent.size() < letters.size()) {
                        Consultation c = letters.get(sent.size());
                        sent.add(c);
                        date = c.sentOn();
                        until = c.answerDue();
                        detail = c.kind().name();
                    }
                }
                case CONSULTATION_ANSWERED -> {
                    Optional<Consultation> c = sent.stream().filter(x -> x.answered() && !answered.contains(x.id()))
                            .findFirst();
                    c.ifPresent(x -> answered.add(x.id()));
                    date = c.map(Consultation::answeredOn).orElse(day);
                }
                case APPROVE_EXTENSION -> {
                    extension = r.getExtensionDays();
                    detail = String.valueOf(extension);
                }
                case REQUEST_FEE -> feeAsked = true;
                case RECORD_PAYMENT -> feePaid = true;
                case REPLY, TERMINATE -> {
                    detail = r.getResult() == null ? "" : r.getResult().name();
                    stopped = true;
                }
                case WITHDRAW -> {
                    detail = step.note();
                    stopped = true;
                }
                default -> {
                }
            }
            if (INTERNAL.contains(step.action())) {
                continue;
            }
            LocalDate due = start == null || stopped ? null
                    : dueWith(r, start, extension, sent, answered, feeAsked, feePaid);
            events.add(new PublicRequest.Event(step.at(), step.action(), date, until, detail, due, late));
        }
        return events;
    }

    @Nullable
    private LocalDate dueWith(InfoRequest r, LocalDate start, int extension, List<Consultation> sent,
                              List<Long> answered, boolean feeAsked, boolean feePaid) {
        List<RequestClock.Pause> pauses = new ArrayList<>();
        for (Consultation c : sent) {
            // an answer not yet recorded at this step: the pause runs to the answer deadline
            pauses.add(answered.contains(c.id()) ? c.pause() : new RequestClock.Pause(c.sentOn(), c.answerDue()));
        }
        if (feeAsked && r.getFeeStart() != null) {
            LocalDate end = feePaid && r.getFeePaidOn() != null ? r.getFeePaidOn() : r.getFeeDue();
            if (end != null) {
                pauses.add(new RequestClock.Pause(r.getFeeStart(), end));
            }
        }
        return RequestClock.due(calendar, start, r.getBaseDays() + extension, pauses).date();
    }
}
