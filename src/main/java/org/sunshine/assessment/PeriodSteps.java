package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.By;
import org.sunshine.workflow.History;

import java.util.function.Consumer;

/**
 * Takes a period's steps by {@link PeriodWorkflow} and keeps each twice: as a step of the period's history, which
 * its page shows, and as an entry of the audit log, the security record (with the details it always had). Runs in
 * the caller's transaction.
 */
@Singleton
class PeriodSteps {

    static final String TARGET = "assessment_period";

    private final History history;
    private final AuditLog audit;
    private final PeriodRepository periods;

    PeriodSteps(History history, AuditLog audit, PeriodRepository periods) {
        this.history = history;
        this.audit = audit;
        this.periods = periods;
    }

    /** Saves a new period and records its creation, the first step of its history. */
    Period create(Period period, SignedInUser who, String auditDetail) {
        Period saved = periods.save(period);
        history.record(PeriodWorkflow.TABLE, saved.getId(), PeriodAction.CREATE, null, saved.getState(), by(who), null, "");
        audit.record(who, AuditAction.PERIOD_CREATED, TARGET, saved.getId(), auditDetail, null);
        return saved;
    }

    /**
     * A step that changes the period (its state, its dates, its revision): checked by the table, the period saved
     * (refused if it was changed meanwhile) and the step recorded.
     */
    void move(Period period, PeriodAction action, SignedInUser who, String note, Consumer<Period> change,
              String auditDetail) {
        history.move(PeriodWorkflow.TABLE, period, action, by(who), note, change, periods::update);
        audit.record(who, auditAction(action), TARGET, period.getId(), auditDetail, null);
    }

    /**
     * A step that leaves the period's row alone (an assignment, a ruling, a department's answer): checked by the
     * table and recorded, without saving the period, so that departments answering at the same moment do not refuse
     * each other as a change made meanwhile.
     *
     * @param departmentId the department the step concerns, if one
     */
    void record(Period period, PeriodAction action, SignedInUser who, @Nullable Long departmentId, String note,
                String auditDetail) {
        By by = by(who);
        PeriodState state = PeriodWorkflow.TABLE.move(period.getState(), action, by.actor());
        history.record(PeriodWorkflow.TABLE, period.getId(), action, state, state, by, departmentId, note);
        audit.record(who, auditAction(action), TARGET, period.getId(), auditDetail, null);
    }

    /** Inspectors act as inspectors, a department's handler as its department. */
    private static By by(SignedInUser who) {
        return By.as(Actor.of(who.role()), who);
    }

    private static AuditAction auditAction(PeriodAction action) {
        return switch (action) {
            case CREATE -> AuditAction.PERIOD_CREATED;
            case ASSIGN -> AuditAction.PERIOD_ASSIGNED;
            case RULE -> AuditAction.SCORE_RESOLVED;
            case PUBLISH -> AuditAction.PERIOD_PUBLISHED;
            case ACCEPT -> AuditAction.RESULT_ACCEPTED;
            case OBJECT -> AuditAction.OBJECTION_FILED;
            case ANSWER -> AuditAction.OBJECTION_ANSWERED;
            case LOCK -> AuditAction.PERIOD_LOCKED;
            case CORRECT -> AuditAction.PERIOD_CORRECTED;
        };
    }
}
