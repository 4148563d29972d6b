package org.sunshine.security;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.security.AccountEvent.Kind;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts: administration (create, edit, reset a password, disable and enable; administrators only), a user's
 * change of their own password, and what other features read of them. Every change is an {@link AccountEvent} for the audit log.
 */
@Singleton
public class UserService {

    static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,39}";

    private final UserRepository users;
    private final AccountDepartments departments;
    private final PasswordHasher hasher;
    private final Lockouts lockouts;
    private final ApplicationEventPublisher<AccountEvent> events;
    private final BusinessClock clock;

    public UserService(UserRepository users, AccountDepartments departments, PasswordHasher hasher, Lockouts lockouts,
                       ApplicationEventPublisher<AccountEvent> events, BusinessClock clock) {
        this.lockouts = lockouts;
        this.users = users;
        this.departments = departments;
        this.hasher = hasher;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserRow> list() {
        Map<Long, String> names = departments.names();
        return users.findAll(Sort.of(Sort.Order.asc("username"))).stream().map(u -> row(u, names)).toList();
    }

    /**
     * The accounts the administrator looks for: a part of the login name or the name (any case), a role, a
     * department, a state (locked: for some client address now). A few hundred staff accounts at most, so the
     * filter runs here on the whole list, in login-name order.
     */
    @Transactional(readOnly = true)
    public List<UserRow> search(UserFilter filter, SignedInUser actor) {
        Access.requireAdmin(actor);
        String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        String wanted = text.length() > UserFilter.MAX_TEXT ? text.substring(0, UserFilter.MAX_TEXT) : text;
        Set<Long> locked = lockouts.lockedUserIds();
        return list().stream()
                .filter(u -> wanted.isEmpty() || u.username().contains(wanted)
                        || u.displayName().toLowerCase(Locale.ROOT).contains(wanted))
                .filter(u -> filter.role() == null || u.role() == filter.role())
                .filter(u -> filter.departmentId() == null || filter.departmentId().equals(u.departmentId()))
                .filter(u -> filter.state() == null || state(u, locked) == filter.state())
                .toList();
    }

    /** An account's state: disabled first, then locked for some address, else active. */
    public static AccountState state(UserRow user, Set<Long> locked) {
        return !user.enabled() ? AccountState.DISABLED
                : locked.contains(user.id()) ? AccountState.LOCKED : AccountState.ACTIVE;
    }

    @Transactional(readOnly = true)
    public Optional<UserForm> form(long id) {
        return users.findById(id).map(u -> new UserForm(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(),
                u.getDepartmentId(), null));
    }

    /** One account as listed. */
    @Transactional(readOnly = true)
    public Optional<UserRow> row(long id) {
        return users.findById(id).map(u -> row(u, departments.names()));
    }

    /** One account by its login name. */
    @Transactional(readOnly = true)
    public Optional<UserRow> byUsername(String username) {
        return users.findByUsername(username).map(u -> row(u, departments.names()));
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

    /** The departments an account may be given, for the account form. */
    public List<AccountDepartments.Choice> departmentChoices() {
        return departments.active();
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
            if (!departments.isActive(departmentId)) {
                throw DomainException.on("departmentId", "user.error.departmentInactive");
            }
        } else if (departmentId != null && !departments.exists(departmentId)) {
            departmentId = null;
        }
        if (form.id() == null) {
            String username = form.username() == null ? "" : form.username().strip().toLowerCase(Locale.ROOT);
            if (!username.matches(USERNAME_PATTERN)) {
                throw DomainException.on("username", "user.error.username");
            }
            if (users.existsByUsername(username)) {
                throw DomainException.on("username", "user.error.usernameTaken", username);
            }
            PasswordPolicy.check("password", form.password());
            long id = create(username, displayName, form.role(), departmentId, form.password());
            events.publishEvent(AccountEvent.change(Kind.USER_CREATED, actor, id, username + " " + form.role()));
            return id;
        }
        User user = load(form.id());
        if (user.getId().equals(actor.id()) && form.role() != Role.ADMIN) {
            throw DomainException.on("role", "user.error.ownRole");
        }
        user.setDisplayName(displayName);
        user.setRole(form.role());
        user.setDepartmentId(departmentId);
        users.update(user);
        events.publishEvent(AccountEvent.change(Kind.USER_UPDATED, actor, user.getId(), user.getUsername() + " " + form.role()));
        return user.getId();
    }

    /** Sets a new password chosen by the administrator; ends every session of the account and lifts its lockouts. */
    @Transactional
    public void resetPassword(long userId, String newPassword, SignedInUser actor) {
        Access.requireAdmin(actor);
        PasswordPolicy.check("password", newPassword);
        User user = load(userId);
        setPassword(user, newPassword);
        events.publishEvent(AccountEvent.change(Kind.USER_PASSWORD_RESET, actor, userId, user.getUsername()));
    }

    /**
     * The signed-in user changes their own password: the current one is required, the new one must follow the
     * {@link PasswordPolicy} and differ from it. Every session of the account ends; the caller signs the current one
     * in again ({@link CurrentUser#signIn}). Wrong current passwords count towards the lockout of the account for
     * the address, as at sign-in (they are kept when the change is refused).
     */
    @Transactional(noRollbackFor = DomainException.class)
    public void changeOwnPassword(SignedInUser actor, String currentPassword, String newPassword, String clientIp) {
        User user = users.findByUsernameForUpdate(actor.username()).filter(u -> u.getId().equals(actor.id()))
                .orElseThrow(() -> new DomainException("user.error.missing"));
        String address = clientIp == null ? "" : clientIp;
        if (lockouts.lockedUntil(user, address).isPresent()) {
            throw DomainException.on("currentPassword", "password.error.locked");
        }
        if (!hasher.matches(currentPassword == null ? "" : currentPassword, user.getPasswordHash())) {
            lockouts.fail(user, address);
            throw DomainException.on("currentPassword", "password.error.current");
        }
        PasswordPolicy.check("newPassword", newPassword);
        if (newPassword.equals(currentPassword)) {
            throw DomainException.on("newPassword", "password.error.same");
        }
        setPassword(user, newPassword);
        events.publishEvent(new AccountEvent(Kind.USER_PASSWORD_CHANGED, user.getId(), user.getUsername(),
                String.valueOf(user.getId()), user.getUsername(), clientIp));
    }

    private void setPassword(User user, String newPassword) {
        user.setPasswordHash(hasher.hash(newPassword));
        user.setPasswordChangedAt(clock.now());
        user.endSessions();
        users.update(user);
        lockouts.liftAll(user.getId());
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
        if (!enabled) {
            user.endSessions();
        }
        users.update(user);
        events.publishEvent(AccountEvent.change(enabled ? Kind.USER_ENABLED : Kind.USER_DISABLED, actor, userId,
                user.getUsername()));
    }

    /** Whether the account is an enabled handler marked as its department's disclosure-office head. */
    @Transactional(readOnly = true)
    public boolean isDisclosureHead(long userId) {
        return users.findById(userId).filter(u -> u.isEnabled() && u.getRole() == Role.HANDLER)
                .map(User::isDisclosureHead).orElse(false);
    }

    /** The ids of the enabled handlers marked as their department's disclosure-office head (for the user list). */
    @Transactional(readOnly = true)
    public Set<Long> disclosureHeads() {
        Set<Long> heads = new java.util.HashSet<>();
        users.findAll().forEach(u -> {
            if (u.isDisclosureHead() && u.isEnabled() && u.getRole() == Role.HANDLER) {
                heads.add(u.getId());
            }
        });
        return heads;
    }

    /**
     * Marks a handler as the head of their department's disclosure office (政府信息公开工作机构负责人, Art. 33), who
     * approves its extensions, or takes the mark away; audited.
     */
    @Transactional
    public void setDisclosureHead(long userId, boolean head, SignedInUser actor) {
        Access.requireAdmin(actor);
        User user = load(userId);
        if (head && user.getRole() != Role.HANDLER) {
            throw new DomainException("user.error.disclosureHeadRole");
        }
        if (user.isDisclosureHead() == head) {
            return;
        }
        user.setDisclosureHead(head);
        users.update(user);
        events.publishEvent(AccountEvent.change(Kind.USER_DISCLOSURE_HEAD, actor, userId,
                user.getUsername() + (head ? " +" : " -")));
    }

    /**
     * Creates an account without an acting administrator: the demo logins, and the first administrator
     * of a production start ({@code sunshine.security.bootstrap-admin-password}).
     */
    @Transactional
    public long createInitial(String username, String displayName, Role role, Long departmentId, String password) {
        PasswordPolicy.check("password", password);
        long id = create(username, displayName, role, departmentId, password);
        events.publishEvent(AccountEvent.change(Kind.USER_CREATED, SignedInUser.SYSTEM, id, username + " " + role));
        return id;
    }

    private long create(String username, String displayName, Role role, Long departmentId, String password) {
        User user = new User();
        user.setUsername(username);
        user.setDisplayName(displayName);
        user.setRole(role);
        user.setDepartmentId(departmentId);
        user.setPasswordHash(hasher.hash(password));
        user.setPasswordChangedAt(clock.now());
        return users.save(user).getId();
    }

    private User load(long id) {
        return users.findById(id).orElseThrow(() -> new DomainException("user.error.missing"));
    }

    private static UserRow row(User u, Map<Long, String> departmentNames) {
        return new UserRow(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId(),
                u.getDepartmentId() == null ? null : departmentNames.get(u.getDepartmentId()), u.isEnabled(),
                u.getLastLoginAt());
    }
}
