package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

/**
 * The departments' answer to their published result, within the window: accept it (确认无异议) or object once (异议);
 * and the lead inspector's answer to each objection — the result stands, or the objection is upheld and they rule on
 * the score again ({@link PeriodRulings}) before the lock.
 */
@Singleton
public class PeriodObjections {

    private final Periods periods;
    private final PeriodDepartmentRepository scope;
    private final ObjectionRepository objections;
    private final PeriodSteps steps;
    private final BusinessClock clock;

    PeriodObjections(Periods periods, PeriodDepartmentRepository scope, ObjectionRepository objections,
                     PeriodSteps steps, BusinessClock clock) {
        this.periods = periods;
        this.scope = scope;
        this.objections = objections;
        this.steps = steps;
        this.clock = clock;
    }

    /** A department accepts its published result. */
    @Transactional
    public void accept(long periodId, SignedInUser handler) {
        Period period = inWindow(periodId, handler);
        PeriodDepartment row = unanswered(periodId, handler.departmentId());
        scope.update(row.accepted(clock.now(), handler.displayName()));
        String department = periods.departmentName(row.departmentId());
        steps.record(period, PeriodAction.ACCEPT, handler, row.departmentId(), department, department);
    }

    /** A department's one objection to its published result; returns its id. */
    @Transactional
    public long object(long periodId, @Nullable String text, SignedInUser handler) {
        Period period = inWindow(periodId, handler);
        long departmentId = unanswered(periodId, handler.departmentId()).departmentId();
        String body = Periods.text(text, "text", "assessment.objection.error.text", Periods.MAX_TEXT);
        Objection saved = objections.save(new Objection(null, periodId, departmentId, body, handler.displayName(),
                clock.now(), null, null, null, null));
        String department = periods.departmentName(departmentId);
        steps.record(period, PeriodAction.OBJECT, handler, departmentId,
                periods.chinese("assessment.history.object", department, body), department);
        return saved.id();
    }

    /** The lead inspector's answer to an objection: the result stands, or the objection is upheld. */
    @Transactional
    public void answer(long objectionId, @Nullable ObjectionOutcome outcome, @Nullable String text, SignedInUser actor) {
        Objection objection = objections.findById(objectionId)
                .orElseThrow(() -> new DomainException("assessment.period.error.missing"));
        Period period = periods.byLead(objection.periodId(), actor);
        if (period.getState() != PeriodState.PUBLISHED || objection.answered()) {
            throw new DomainException("error.notNow");
        }
        if (outcome == null) {
            throw DomainException.on("outcome", "assessment.objection.error.outcome");
        }
        String body = Periods.text(text, "answer", "assessment.objection.error.answer", Periods.MAX_TEXT);
        objections.update(objection.answered(outcome, body, actor.displayName(), clock.now()));
        String department = periods.departmentName(objection.departmentId());
        steps.record(period, PeriodAction.ANSWER, actor, objection.departmentId(),
                periods.chinese("assessment.history.answer", department,
                        periods.chinese("assessment.objection.outcome." + outcome.name()), body),
                department + ": " + outcome);
    }

    /** The handler's department is assessed in the period, the result is published and the window still open. */
    private Period inWindow(long periodId, @Nullable SignedInUser handler) {
        if (handler == null || !handler.is(Role.HANDLER) || handler.departmentId() == null) {
            throw new DomainException("error.notAllowed");
        }
        Period period = periods.load(periodId);
        if (scope.findByPeriodIdAndDepartmentId(periodId, handler.departmentId()).isEmpty()) {
            throw new DomainException("error.notAllowed");
        }
        if (period.getState() != PeriodState.PUBLISHED) {
            throw new DomainException("assessment.objection.error.notPublished");
        }
        if (clock.today().isAfter(period.getObjectionDue())) {
            throw new DomainException("assessment.objection.error.late", period.getObjectionDue().toString());
        }
        return period;
    }

    /** The department's row of the period, which has neither accepted nor objected yet. */
    private PeriodDepartment unanswered(long periodId, long departmentId) {
        PeriodDepartment row = scope.findByPeriodIdAndDepartmentId(periodId, departmentId).orElseThrow();
        if (row.acceptedAt() != null || objections.findByPeriodIdAndDepartmentId(periodId, departmentId).isPresent()) {
            throw new DomainException("assessment.objection.error.answered");
        }
        return row;
    }
}
