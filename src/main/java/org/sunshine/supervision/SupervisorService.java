package org.sunshine.supervision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Messages;
import org.sunshine.directory.Department;
import org.sunshine.directory.DepartmentRepository;
import org.sunshine.directory.DirectoryNames;
import org.sunshine.directory.KeyArea;
import org.sunshine.directory.KeyAreaRepository;
import org.sunshine.security.Access;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.User;
import org.sunshine.security.UserForm;
import org.sunshine.security.UserRepository;
import org.sunshine.security.UserService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The roster of social supervisors: appointing (with the account they sign in with), changing the term or the scope,
 * ending a term early, and recording the end of terms that run out. Administrators change it; inspectors and
 * leaders read it; the public sees the names and backgrounds of those in office.
 */
@Singleton
public class SupervisorService {

    private static final Logger LOG = LoggerFactory.getLogger(SupervisorService.class);
    static final int MAX_TERM_YEARS = 5;
    static final String PHONE_PATTERN = "[0-9+\\- ]{5,20}";
    static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final SupervisorRepository supervisors;
    private final SupervisorEventRepository events;
    private final ReviewTaskRepository tasks;
    private final ReviewAssignment reviews;
    private final UserService userService;
    private final UserRepository users;
    private final DepartmentRepository departments;
    private final KeyAreaRepository areas;
    private final DirectoryNames directoryNames;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;

    SupervisorService(SupervisorRepository supervisors, SupervisorEventRepository events, ReviewTaskRepository tasks,
                      ReviewAssignment reviews, UserService userService, UserRepository users,
                      DepartmentRepository departments, KeyAreaRepository areas, DirectoryNames directoryNames,
                      AuditLog audit, Messages messages, Clock clock) {
        this.supervisors = supervisors;
        this.events = events;
        this.tasks = tasks;
        this.reviews = reviews;
        this.userService = userService;
        this.users = users;
        this.departments = departments;
        this.areas = areas;
        this.directoryNames = directoryNames;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The roster, newest term first; staff only (it carries the contact details). */
    @Transactional(readOnly = true)
    public List<SupervisorRow> roster(SignedInUser viewer) {
        requireStaffReader(viewer);
        DirectoryNames.Names names = directoryNames.read();
        LocalDate today = today();
        return supervisors.findAllOrderByTermStartDesc().stream().map(s -> {
            Scope scope = scope(s.getId());
            String username = users.findById(s.getUserId()).map(User::getUsername).orElse("");
            return new SupervisorRow(s.getId(), s.getUserId(), username, s.getName(), s.getBackground(),
                    s.getAffiliation(), s.getPhone(), s.getEmail(), s.getTermStart(), s.getTermEnd(), s.getEndedOn(),
                    s.getEndReason(), s.status(today),
                    scope.departmentIds().stream().map(names::department).filter(Objects::nonNull).sorted().toList(),
                    scope.keyAreaIds().stream().map(names::area).filter(Objects::nonNull).sorted().toList(),
                    tasks.countBySupervisorIdAndState(s.getId(), ReviewState.PENDING));
        }).toList();
    }

    /** Those in office today, as the public sees them, by name. */
    @Transactional(readOnly = true)
    public List<PublicSupervisor> inOffice() {
        return supervisors.findActive(today()).stream()
                .sorted(Comparator.comparing(Supervisor::getBackground).thenComparing(Supervisor::getName))
                .map(s -> new PublicSupervisor(s.getName(), s.getBackground()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<SupervisorForm> form(long id) {
        return supervisors.findById(id).map(s -> {
            Scope scope = scope(id);
            String username = users.findById(s.getUserId()).map(User::getUsername).orElse("");
            return new SupervisorForm(id, username, null, s.getName(), s.getBackground(), s.getAffiliation(),
                    s.getPhone(), s.getEmail(), s.getTermStart(), s.getTermEnd(), scope.departmentIds(), scope.keyAreaIds());
        });
    }

    /** The history of a supervisor's record. */
    @Transactional(readOnly = true)
    public List<SupervisorEvent> history(long id, SignedInUser viewer) {
        requireStaffReader(viewer);
        return events.findBySupervisorIdOrderById(id);
    }

    /** Appoints ({@code form.id() == null}, creating the account) or changes a supervisor; returns the id. */
    @Transactional
    public long save(SupervisorForm form, SignedInUser actor) {
        Access.requireAdmin(actor);
        String name = strip(form.name());
        if (name.isEmpty() || name.length() > 60) {
            throw DomainException.on("name", "supervisor.error.name");
        }
        if (form.background() == null) {
            throw DomainException.on("background", "supervisor.error.background");
        }
        String affiliation = strip(form.affiliation());
        if (affiliation.length() > 100) {
            throw DomainException.on("affiliation", "supervisor.error.affiliation");
        }
        String phone = strip(form.phone());
        if (!phone.isEmpty() && !phone.matches(PHONE_PATTERN)) {
            throw DomainException.on("phone", "supervisor.error.phone");
        }
        String email = strip(form.email());
        if (!email.isEmpty() && (email.length() > 100 || !email.matches(EMAIL_PATTERN))) {
            throw DomainException.on("email", "supervisor.error.email");
        }
        if (form.termStart() == null) {
            throw DomainException.on("termStart", "supervisor.error.termStart");
        }
        if (form.termEnd() == null || form.termEnd().isBefore(form.termStart())) {
            throw DomainException.on("termEnd", "supervisor.error.termEnd");
        }
        if (form.termEnd().isAfter(form.termStart().plusYears(MAX_TERM_YEARS))) {
            throw DomainException.on("termEnd", "supervisor.error.termTooLong", MAX_TERM_YEARS);
        }
        for (Long departmentId : form.departmentIds()) {
            if (!departments.findById(departmentId).map(Department::isActive).orElse(false)) {
                throw DomainException.on("departmentIds", "supervisor.error.department");
            }
        }
        for (Long areaId : form.keyAreaIds()) {
            if (!areas.findById(areaId).map(KeyArea::isActive).orElse(false)) {
                throw DomainException.on("keyAreaIds", "supervisor.error.keyArea");
            }
        }
        if (form.departmentIds().isEmpty() && form.keyAreaIds().isEmpty()) {
            throw DomainException.on("departmentIds", "supervisor.error.scope");
        }

        Instant now = now();
        Supervisor supervisor;
        String change;
        if (form.id() == null) {
            long userId = userService.save(new UserForm(null, form.username(), name, Role.SUPERVISOR, null,
                    form.password()), actor);
            supervisor = new Supervisor();
            supervisor.setUserId(userId);
            supervisor.setCreatedAt(now);
            change = "";
        } else {
            supervisor = supervisors.findById(form.id())
                    .orElseThrow(() -> new DomainException("supervisor.error.missing"));
            if (supervisor.getEndedOn() != null) {
                throw new DomainException("supervisor.error.ended");
            }
            change = describeChange(supervisor, form, name);
            User account = users.findById(supervisor.getUserId()).orElseThrow();
            if (!account.getDisplayName().equals(name)) {
                userService.save(new UserForm(account.getId(), account.getUsername(), name, Role.SUPERVISOR, null, null), actor);
            }
        }
        boolean termWasOver = supervisor.getTermEnd() != null && supervisor.getTermEnd().isBefore(today());
        supervisor.setName(name);
        supervisor.setBackground(form.background());
        supervisor.setAffiliation(affiliation);
        supervisor.setPhone(phone);
        supervisor.setEmail(email);
        supervisor.setTermStart(form.termStart());
        supervisor.setTermEnd(form.termEnd());
        if (termWasOver && !form.termEnd().isBefore(today())) {
            supervisor.setEndRecorded(false); // reappointed: the new term's end will be recorded in its turn
        }
        supervisor.setUpdatedAt(now);
        try {
            supervisor = form.id() == null ? supervisors.save(supervisor) : supervisors.update(supervisor);
        } catch (OptimisticLockException e) {
            throw new DomainException("supervisor.error.changedMeanwhile");
        }
        long id = supervisor.getId();
        supervisors.deleteDepartments(id);
        supervisors.deleteKeyAreas(id);
        new TreeSet<>(form.departmentIds()).forEach(d -> supervisors.insertDepartment(id, d));
        new TreeSet<>(form.keyAreaIds()).forEach(a -> supervisors.insertKeyArea(id, a));
        if (form.id() == null) {
            record(id, SupervisorEvent.Action.APPOINTED, actor, form.termStart() + " ~ " + form.termEnd());
            audit.record(actor, AuditAction.SUPERVISOR_APPOINTED, "supervisor", id, name, null);
        } else {
            record(id, SupervisorEvent.Action.CHANGED, actor, change);
            audit.record(actor, AuditAction.SUPERVISOR_UPDATED, "supervisor", id, change, null);
            if (supervisor.status(today()) != SupervisorStatus.ACTIVE) {
                reviews.release(supervisor);
            }
        }
        return id;
    }

    /** Ends a term early (解聘), from today: the account can no longer sign in, open tasks go to others. */
    @Transactional
    public void end(long id, String reason, SignedInUser actor) {
        Access.requireAdmin(actor);
        String text = strip(reason);
        if (text.isEmpty() || text.length() > 500) {
            throw DomainException.on("reason", "supervisor.error.endReason");
        }
        Supervisor supervisor = supervisors.findById(id).orElseThrow(() -> new DomainException("supervisor.error.missing"));
        SupervisorStatus status = supervisor.status(today());
        if (status == SupervisorStatus.ENDED || status == SupervisorStatus.EXPIRED) {
            throw new DomainException("supervisor.error.ended");
        }
        supervisor.setEndedOn(today());
        supervisor.setEndReason(text);
        supervisor.setEndRecorded(true);
        supervisor.setUpdatedAt(now());
        supervisors.update(supervisor);
        record(id, SupervisorEvent.Action.ENDED, actor, text);
        audit.record(actor, AuditAction.SUPERVISOR_ENDED, "supervisor", id, text, null);
        reviews.release(supervisor);
    }

    /** Records the end of every term that ran out and hands its open tasks on; returns how many. */
    @Transactional
    public int recordEndedTerms() {
        int ended = 0;
        for (Supervisor supervisor : supervisors.findEndedUnrecorded(today())) {
            supervisor.setEndRecorded(true);
            supervisor.setUpdatedAt(now());
            supervisors.update(supervisor);
            if (supervisor.getEndedOn() == null) {
                record(supervisor.getId(), SupervisorEvent.Action.EXPIRED, SignedInUser.SYSTEM, String.valueOf(supervisor.getTermEnd()));
            }
            reviews.release(supervisor);
            ended++;
        }
        return ended;
    }

    @Scheduled(fixedDelay = "10m", initialDelay = "30s")
    void onSchedule() {
        int ended = recordEndedTerms();
        if (ended > 0) {
            LOG.info("Recorded the end of {} supervisor terms", ended);
        }
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

    private String describeChange(Supervisor before, SupervisorForm after, String name) {
        Set<String> parts = new LinkedHashSet<>();
        if (!before.getTermStart().equals(after.termStart()) || !before.getTermEnd().equals(after.termEnd())) {
            parts.add(before.getTermStart() + " ~ " + before.getTermEnd() + " → " + after.termStart() + " ~ " + after.termEnd());
        }
        if (!before.getName().equals(name)) {
            parts.add(before.getName() + " → " + name);
        }
        Scope scope = scope(before.getId());
        if (!scope.departmentIds().equals(after.departmentIds()) || !scope.keyAreaIds().equals(after.keyAreaIds())) {
            DirectoryNames.Names names = directoryNames.read();
            parts.add(scopeNames(names, scope.departmentIds(), scope.keyAreaIds()) + " → "
                    + scopeNames(names, after.departmentIds(), after.keyAreaIds()));
        }
        return String.join("; ", parts);
    }

    /** Scope in words for the event note, which is kept in Chinese like every record. */
    private String scopeNames(DirectoryNames.Names names, Set<Long> departmentIds, Set<Long> keyAreaIds) {
        List<String> all = new ArrayList<>();
        departmentIds.stream().map(names::department).filter(Objects::nonNull).sorted().forEach(all::add);
        keyAreaIds.stream().map(names::area).filter(Objects::nonNull).sorted().forEach(all::add);
        return String.join(messages.getTranslation("common.listSeparator", Messages.CHINESE), all);
    }

    private void record(long supervisorId, SupervisorEvent.Action action, SignedInUser actor, @Nullable String note) {
        events.save(new SupervisorEvent(null, supervisorId, now(), action, actor.id() == 0 ? null : actor.id(),
                actor.displayName(), note == null ? "" : note));
    }

    private static void requireStaffReader(SignedInUser viewer) {
        if (viewer == null || !(viewer.is(Role.ADMIN) || viewer.is(Role.INSPECTOR) || viewer.is(Role.LEADER))) {
            throw new DomainException("error.notAllowed");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
