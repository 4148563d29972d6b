package org.sunshine.supervision;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.security.Access;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserForm;
import org.sunshine.security.UserService;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.By;
import org.sunshine.workflow.History;

import java.util.TreeSet;

/**
 * Changing the roster, administrators only: appointing (with the account they sign in with), changing the details,
 * term or scope, and dismissing (解聘). Every change is a step of {@link SupervisorWorkflow} in the supervisor's
 * history and a line of the audit log; a supervisor no longer in office hands their waiting tasks on.
 */
@Singleton
public class SupervisorService {

    private final SupervisorRepository supervisors;
    private final SupervisorForms forms;
    private final SupervisorTerms terms;
    private final ReviewAssignment reviews;
    private final UserService users;
    private final History history;
    private final AuditLog audit;
    private final BusinessClock clock;

    SupervisorService(SupervisorRepository supervisors, SupervisorForms forms, SupervisorTerms terms,
                      ReviewAssignment reviews, UserService users, History history, AuditLog audit,
                      BusinessClock clock) {
        this.supervisors = supervisors;
        this.forms = forms;
        this.terms = terms;
        this.reviews = reviews;
        this.users = users;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /** Appoints ({@code form.id() == null}, creating the account) or changes a supervisor; returns the id. */
    @Transactional
    public long save(SupervisorForm submitted, SignedInUser actor) {
        Access.requireAdmin(actor);
        SupervisorForm form = forms.check(submitted);
        return form.id() == null ? appoint(form, actor) : change(form, actor);
    }

    private long appoint(SupervisorForm form, SignedInUser actor) {
        long userId = users.save(new UserForm(null, form.username(), form.name(), Role.SUPERVISOR, null,
                form.password()), actor);
        Supervisor supervisor = new Supervisor();
        supervisor.setUserId(userId);
        apply(supervisor, form);
        supervisor.setState(clock.today().isBefore(form.termStart()) ? SupervisorState.APPOINTED : SupervisorState.ACTIVE);
        supervisor = supervisors.save(supervisor);
        long id = supervisor.getId();
        setScope(id, form);
        history.record(SupervisorWorkflow.TABLE, id, SupervisorAction.APPOINT, null, supervisor.getState(),
                admin(actor), null, form.termStart() + " ~ " + form.termEnd());
        audit.record(actor, AuditAction.SUPERVISOR_APPOINTED, "supervisor", id, form.name(), null);
        terms.follow(supervisor); // a term already over is expired at once
        return id;
    }

    /**
     * A change keeps the state, except where the new dates take the term back: a new term for a supervisor whose
     * term ran out, or a start moved past today, is a reappointment; the platform then starts or expires the term
     * by its new dates.
     */
    private long change(SupervisorForm form, SignedInUser actor) {
        Supervisor supervisor = load(form.id());
        terms.follow(supervisor);
        String change = forms.describeChange(supervisor, form);
        UserForm account = users.form(supervisor.getUserId()).orElseThrow();
        SupervisorState byNewDates = Supervisor.byDates(form.termStart(), form.termEnd(), clock.today());
        boolean back = supervisor.getState() == SupervisorState.EXPIRED && byNewDates != SupervisorState.EXPIRED
                || supervisor.getState() == SupervisorState.ACTIVE && byNewDates == SupervisorState.APPOINTED;
        history.move(SupervisorWorkflow.TABLE, supervisor, back ? SupervisorAction.REAPPOINT : SupervisorAction.CHANGE,
                admin(actor), change, s -> apply(s, form), supervisors::update);
        if (!account.displayName().equals(form.name())) {
            users.save(new UserForm(account.id(), account.username(), form.name(), Role.SUPERVISOR, null, null), actor);
        }
        long id = supervisor.getId();
        setScope(id, form);
        audit.record(actor, AuditAction.SUPERVISOR_UPDATED, "supervisor", id, change, null);
        terms.follow(supervisor);
        if (supervisor.getState() != SupervisorState.ACTIVE) {
            reviews.release(supervisor);
        }
        return id;
    }

    /** Ends a term early (解聘), from today: the account can no longer sign in, open tasks go to others. */
    @Transactional
    public void dismiss(long id, String reason, SignedInUser actor) {
        Access.requireAdmin(actor);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 500) {
            throw DomainException.on("reason", "supervisor.error.endReason");
        }
        Supervisor supervisor = load(id);
        terms.follow(supervisor);
        history.move(SupervisorWorkflow.TABLE, supervisor, SupervisorAction.DISMISS, admin(actor), text, s -> {
            s.setEndedOn(clock.today());
            s.setEndReason(text);
        }, supervisors::update);
        audit.record(actor, AuditAction.SUPERVISOR_ENDED, "supervisor", id, text, null);
        reviews.release(supervisor);
    }

    private Supervisor load(long id) {
        return supervisors.findById(id).orElseThrow(() -> new DomainException("supervisor.error.missing"));
    }

    private static void apply(Supervisor supervisor, SupervisorForm form) {
        supervisor.setName(form.name());
        supervisor.setBackground(form.background());
        supervisor.setAffiliation(form.affiliation());
        supervisor.setPhone(form.phone());
        supervisor.setEmail(form.email());
        supervisor.setTermStart(form.termStart());
        supervisor.setTermEnd(form.termEnd());
    }

    private void setScope(long id, SupervisorForm form) {
        supervisors.deleteDepartments(id);
        supervisors.deleteKeyAreas(id);
        new TreeSet<>(form.departmentIds()).forEach(d -> supervisors.insertDepartment(id, d));
        new TreeSet<>(form.keyAreaIds()).forEach(a -> supervisors.insertKeyArea(id, a));
    }

    /** The roster is the administrators'; the demo loads it as the platform acting for one. */
    private static By admin(SignedInUser actor) {
        return By.as(Actor.ADMIN, actor);
    }
}
