package org.sunshine.supervision;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.directory.DirectoryNames;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserForm;
import org.sunshine.security.UserService;
import org.sunshine.workflow.History;
import org.sunshine.workflow.Step;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reading the roster: staff (administrators, inspectors, leaders) see it whole with the contact details and each
 * supervisor's history (履职记录); the public sees the names and backgrounds of those in office.
 */
@Singleton
public class SupervisorRoster {

    private final SupervisorRepository supervisors;
    private final ReviewTaskRepository tasks;
    private final UserService users;
    private final DirectoryNames directoryNames;
    private final History history;
    private final BusinessClock clock;

    SupervisorRoster(SupervisorRepository supervisors, ReviewTaskRepository tasks, UserService users,
                     DirectoryNames directoryNames, History history, BusinessClock clock) {
        this.supervisors = supervisors;
        this.tasks = tasks;
        this.users = users;
        this.directoryNames = directoryNames;
        this.history = history;
        this.clock = clock;
    }

    /** The roster, newest term first; staff only (it carries the contact details). */
    @Transactional(readOnly = true)
    public List<SupervisorRow> roster(SignedInUser viewer) {
        requireStaffReader(viewer);
        DirectoryNames.Names names = directoryNames.read();
        return supervisors.findAllOrderByTermStartDesc().stream().map(s -> {
            Scope scope = scope(s.getId());
            return new SupervisorRow(s.getId(), s.getUserId(), username(s), s.getName(), s.getBackground(),
                    s.getAffiliation(), s.getPhone(), s.getEmail(), s.getTermStart(), s.getTermEnd(), s.getEndedOn(),
                    s.getEndReason(), s.getState(),
                    scope.departmentIds().stream().map(names::department).filter(Objects::nonNull).sorted().toList(),
                    scope.keyAreaIds().stream().map(names::area).filter(Objects::nonNull).sorted().toList(),
                    tasks.countBySupervisorIdAndState(s.getId(), ReviewState.PENDING));
        }).toList();
    }

    /** Those in office today, as the public sees them, by name. */
    @Transactional(readOnly = true)
    public List<PublicSupervisor> inOffice() {
        return supervisors.findInOffice(clock.today()).stream()
                .sorted(Comparator.comparing(Supervisor::getBackground).thenComparing(Supervisor::getName))
                .map(s -> new PublicSupervisor(s.getName(), s.getBackground()))
                .toList();
    }

    /** A supervisor as the administrator's form edits them. */
    @Transactional(readOnly = true)
    public Optional<SupervisorForm> form(long id) {
        return supervisors.findById(id).map(s -> {
            Scope scope = scope(id);
            return new SupervisorForm(id, username(s), null, s.getName(), s.getBackground(), s.getAffiliation(),
                    s.getPhone(), s.getEmail(), s.getTermStart(), s.getTermEnd(), scope.departmentIds(), scope.keyAreaIds());
        });
    }

    /** A supervisor's history (履职记录): appointment, changes, start, end; oldest first. */
    @Transactional(readOnly = true)
    public List<Step<SupervisorState, SupervisorAction>> history(long id, SignedInUser viewer) {
        requireStaffReader(viewer);
        return history.of(SupervisorWorkflow.TABLE, id);
    }

    /** The departments and key areas a supervisor watches. */
    @Transactional(readOnly = true)
    public Scope scope(long supervisorId) {
        return supervisors.scopeOf(supervisorId);
    }

    /** The roster entry of a signed-in supervisor. */
    @Transactional(readOnly = true)
    public Optional<Supervisor> ofUser(long userId) {
        return supervisors.findByUserId(userId);
    }

    private String username(Supervisor s) {
        return users.form(s.getUserId()).map(UserForm::username).orElse("");
    }

    private static void requireStaffReader(SignedInUser viewer) {
        if (viewer == null || !(viewer.is(Role.ADMIN) || viewer.is(Role.INSPECTOR) || viewer.is(Role.LEADER))) {
            throw new DomainException("error.notAllowed");
        }
    }
}
