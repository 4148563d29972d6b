package org.sunshine.security;

import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.DomainException;
import org.sunshine.directory.Department;
import org.sunshine.directory.DepartmentRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Account administration: create, edit, reset a password, disable and enable, unlock. Administrators only. */
@Singleton
public class UserService {

    static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,39}";

    private final UserRepository users;
    private final DepartmentRepository departments;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;

    public UserService(UserRepository users, DepartmentRepository departments, PasswordHasher hasher,
                       AuditLog audit, Clock clock) {
        this.users = users;
        this.departments = departments;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserRow> list() {
        Map<Long, String> names = departments.findAll(Sort.unsorted()).stream()
                .collect(Collectors.toMap(Department::getId, Department::getName));
        return users.findAll(Sort.of(Sort.Order.asc("username"))).stream()
                .map(u -> new UserRow(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId(),
                        u.getDepartmentId() == null ? null : names.get(u.getDepartmentId()), u.isEnabled(),
                        u.getLockedUntil(), u.getLastLoginAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<UserForm> form(long id) {
        return users.findById(id).map(u -> new UserForm(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(),
                u.getDepartmentId(), null));
    }

    /** One account as listed. */
    @Transactional(readOnly = true)
    public Optional<UserRow> row(long id) {
        return list().stream().filter(u -> u.id() == id).findFirst();
    }

    /** One account by its login name. */
    @Transactional(readOnly = true)
    public Optional<UserRow> byUsername(String username) {
        return list().stream().filter(u -> u.username().equals(username)).findFirst();
    }

    /** The enabled accounts of a role, e.g. the inspectors to assign, in login-name order. */
    @Transactional(readOnly = true)
    public List<UserRow> enabled(Role role) {
        return list().stream().filter(u -> u.enabled() && u.role() == role).toList();
    }

    /** Whether an account exists and may be used (not disabled by an administrator). */
    @Transactional(readOnly = true)
    public boolean isEnabled(long id) {
        return users.findById(id).map(User::isEnabled).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean hasAnyUser() {
        return users.count() > 0;
    }

    @Transactional
    public long save(UserForm form, SignedInUser actor) {
        Access.requireAdmin(actor);
        String displayName = form.displayName() == null ? "" : form.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 60) {
            throw DomainException.on("displayName", "user.error.displayName");
        }
        if (form.role() == null) {
            throw DomainException.on("role", "user.error.role");
        }
        Long departmentId = form.departmentId();
        if (form.role().needsDepartment()) {
            if (departmentId == null) {
                throw DomainException.on("departmentId", "user.error.departmentRequired");
            }
            if (!departments.findById(departmentId).map(Department::isActive).orElse(false)) {
                throw DomainException.on("departmentId", "user.error.departmentInactive");
            }
        } else if (departmentId != null && departments.findById(departmentId).isEmpty()) {
            departmentId = null;
        }
        Instant now = now();
        if (form.id() == null) {
            String username = form.username() == null ? "" : form.username().strip().toLowerCase(java.util.Locale.ROOT);
            if (!username.matches(USERNAME_PATTERN)) {
                throw DomainException.on("username", "user.error.username");
            }
            if (users.existsByUsername(username)) {
                throw DomainException.on("username", "user.error.usernameTaken", username);
            }
            PasswordPolicy.check("password", form.password());
            User user = new User();
            user.setUsername(username);
            user.setDisplayName(displayName);
            user.setRole(form.role());
            user.setDepartmentId(departmentId);
            user.setPasswordHash(hasher.hash(form.password()));
            user.setPasswordChangedAt(now);
            user.setCreatedAt(now);
            user.setUpdatedAt(now);
            user = users.save(user);
            audit.record(actor, AuditAction.USER_CREATED, "user", user.getId(), username + " " + form.role(), null);
            return user.getId();
        }
        User user = load(form.id());
        if (user.getId().equals(actor.id()) && form.role() != Role.ADMIN) {
            throw DomainException.on("role", "user.error.ownRole");
        }
        user.setDisplayName(displayName);
        user.setRole(form.role());
        user.setDepartmentId(departmentId);
        user.setUpdatedAt(now);
        users.update(user);
        audit.record(actor, AuditAction.USER_UPDATED, "user", user.getId(), user.getUsername() + " " + form.role(), null);
        return user.getId();
    }

    /** Sets a new password chosen by the administrator; also lifts a lockout. */
    @Transactional
    public void resetPassword(long userId, String newPassword, SignedInUser actor) {
        Access.requireAdmin(actor);
        PasswordPolicy.check("password", newPassword);
        User user = load(userId);
        Instant now = now();
        user.setPasswordHash(hasher.hash(newPassword));
        user.setPasswordChangedAt(now);
        user.setFailedLogins(0);
        user.setLockedUntil(null);
        user.setUpdatedAt(now);
        users.update(user);
        audit.record(actor, AuditAction.USER_PASSWORD_RESET, "user", userId, user.getUsername(), null);
    }

    @Transactional
    public void setEnabled(long userId, boolean enabled, SignedInUser actor) {
        Access.requireAdmin(actor);
        User user = load(userId);
        if (!enabled && user.getId().equals(actor.id())) {
            throw new DomainException("user.error.disableSelf");
        }
        if (user.isEnabled() == enabled) {
            return;
        }
        user.setEnabled(enabled);
        user.setUpdatedAt(now());
        users.update(user);
        audit.record(actor, enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, "user", userId,
                user.getUsername(), null);
    }

    @Transactional
    public void unlock(long userId, SignedInUser actor) {
        Access.requireAdmin(actor);
        User user = load(userId);
        user.setFailedLogins(0);
        user.setLockedUntil(null);
        user.setUpdatedAt(now());
        users.update(user);
        audit.record(actor, AuditAction.USER_UNLOCKED, "user", userId, user.getUsername(), null);
    }

    /**
     * Creates an account without an acting administrator: the demo logins, and the first administrator
     * of a production start ({@code sunshine.security.bootstrap-admin-password}).
     */
    @Transactional
    public long createInitial(String username, String displayName, Role role, Long departmentId, String password) {
        PasswordPolicy.check("password", password);
        Instant now = now();
        User user = new User();
        user.setUsername(username);
        user.setDisplayName(displayName);
        user.setRole(role);
        user.setDepartmentId(departmentId);
        user.setPasswordHash(hasher.hash(password));
        user.setPasswordChangedAt(now);
        user.setCreatedAt(now);
        user.setUpdatedAt(now);
        user = users.save(user);
        audit.record(null, "system", AuditAction.USER_CREATED, "user", user.getId(), username + " " + role, null);
        return user.getId();
    }

    private User load(long id) {
        return users.findById(id).orElseThrow(() -> new DomainException("user.error.missing"));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
