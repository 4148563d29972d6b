package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Messages;
import org.sunshine.base.text.TextRules;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.Actor;

import java.time.LocalDate;
import java.util.List;

/**
 * 行政复议 and 行政诉讼 against replies (table 四; the assessment's 被纠错): staff record one against a replied application
 * — inspectors for any organ, handlers for their own — and later its outcome (尚未审结 → 维持 / 纠正 / 其他), checked
 * against the version they saw. Each recording and each update is a {@code RECORD_REMEDY} step of the application's
 * history, in the same transaction.
 */
@Singleton
public class RequestRemedies {

    static final int MAX_BODY = 200;
    static final int MAX_NOTE = 1000;

    private final RequestRemedyRepository remedies;
    private final RequestRepository requests;
    private final RequestSteps steps;
    private final Messages messages;
    private final BusinessClock clock;

    RequestRemedies(RequestRemedyRepository remedies, RequestRepository requests, RequestSteps steps,
                    Messages messages, BusinessClock clock) {
        this.remedies = remedies;
        this.requests = requests;
        this.steps = steps;
        this.messages = messages;
        this.clock = clock;
    }

    /** The remedies recorded against an application, oldest first; for its organ's handlers, inspectors and leaders. */
    @Transactional(readOnly = true)
    public List<RequestRemedy> of(long requestId, SignedInUser viewer) {
        InfoRequest r = requests.findById(requestId).orElseThrow(() -> new DomainException("inforequest.error.missing"));
        if (!viewer.is(Role.LEADER)) {
            RequestSteps.checkOrgan(r, viewer);
        }
        return remedies.findByRequestIdOrderById(requestId);
    }

    /** Whether the viewer may record remedies against the application now (it was replied; their organ or any). */
    @Transactional(readOnly = true)
    public boolean mayRecord(long requestId, SignedInUser viewer) {
        Actor actor = viewer.is(Role.INSPECTOR) ? Actor.INSPECTOR : viewer.is(Role.HANDLER) ? Actor.HANDLER : null;
        return actor != null && requests.findById(requestId)
                .filter(r -> actor == Actor.INSPECTOR || r.getDepartmentId().equals(viewer.departmentId()))
                .filter(r -> RequestWorkflow.available(r, actor).contains(RequestAction.RECORD_REMEDY)).isPresent();
    }

    /** Records a remedy against a replied application; returns its id. */
    @Transactional
    public long record(long requestId, RemedyForm form, SignedInUser user) {
        if (form.kind() == null) {
            throw DomainException.on("kind", "inforequest.remedy.error.kind");
        }
        String body = TextRules.line("body", "inforequest.remedy.field.body", form.body(), MAX_BODY);
        if (body.isEmpty()) {
            throw DomainException.on("body", "inforequest.remedy.error.body");
        }
        LocalDate today = clock.today();
        if (form.filedOn() == null || form.filedOn().isAfter(today)) {
            throw DomainException.on("filedOn", "inforequest.remedy.error.filedOn");
        }
        Decision decision = decision(form.outcome(), form.decidedOn(), form.filedOn(), form.note());
        InfoRequest r = steps.lock(requestId);
        RequestSteps.checkOrgan(r, user);
        if (r.getRepliedOn() != null && form.filedOn().isBefore(r.getRepliedOn())) {
            throw DomainException.on("filedOn", "inforequest.remedy.error.beforeReply", r.getRepliedOn());
        }
        RemedyKind kind = form.kind();
        steps.act(requestId, RequestAction.RECORD_REMEDY, user, note(kind, body, decision), x -> { });
        return remedies.save(new RequestRemedy(null, requestId, kind, body, form.filedOn(), decision.outcome(),
                decision.decidedOn(), decision.note(), user.id(), clock.now(), 0)).id();
    }

    /** Records a remedy's outcome (or corrects it), on the version the user saw. */
    @Transactional
    public void update(long remedyId, int version, @Nullable RemedyOutcome outcome, @Nullable LocalDate decidedOn,
                       @Nullable String note, SignedInUser user) {
        RequestRemedy remedy = remedies.findById(remedyId)
                .orElseThrow(() -> new DomainException("inforequest.error.missing"));
        Decision decision = decision(outcome, decidedOn, remedy.filedOn(), note);
        steps.lock(remedy.requestId());
        RequestRemedy current = remedies.findById(remedyId).orElseThrow();
        if (current.version() != version) {
            throw new DomainException("error.changedMeanwhile");
        }
        steps.act(remedy.requestId(), RequestAction.RECORD_REMEDY, user,
                note(remedy.kind(), remedy.body(), decision), x -> { });
        remedies.update(current.decided(decision.outcome(), decision.decidedOn(), decision.note()));
    }

    private record Decision(RemedyOutcome outcome, @Nullable LocalDate decidedOn, String note) {
    }

    private Decision decision(@Nullable RemedyOutcome outcome, @Nullable LocalDate decidedOn, LocalDate filedOn,
                              @Nullable String note) {
        if (outcome == null) {
            throw DomainException.on("outcome", "inforequest.remedy.error.outcome");
        }
        if (outcome == RemedyOutcome.PENDING && decidedOn != null) {
            throw DomainException.on("decidedOn", "inforequest.remedy.error.decidedPending");
        }
        if (outcome != RemedyOutcome.PENDING
                && (decidedOn == null || decidedOn.isBefore(filedOn) || decidedOn.isAfter(clock.today()))) {
            throw DomainException.on("decidedOn", "inforequest.remedy.error.decidedOn");
        }
        return new Decision(outcome, decidedOn, TextRules.lines("note", "inforequest.remedy.field.note", note, MAX_NOTE));
    }

    /** The step's note in the history (Chinese, like every note): 行政复议 · 市人民政府 · 结果纠正. */
    private String note(RemedyKind kind, String body, Decision decision) {
        return String.join(" · ", messages.chinese("inforequest.remedy." + kind.name()), body,
                messages.chinese("inforequest.outcome." + decision.outcome().name()));
    }
}
