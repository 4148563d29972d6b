package org.sunshine.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Checks a username and password. {@code maxFailedLogins} consecutive wrong passwords lock the account
 * for {@code lockoutDuration}; while locked, even the right password is refused.
 */
@Singleton
public class AuthenticationService {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SecuritySettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final List<AccountGate> gates;

    public AuthenticationService(UserRepository users, PasswordHasher hasher, SecuritySettings settings,
                                 AuditLog audit, Clock clock, List<AccountGate> gates) {
        this.gates = List.copyOf(gates);
        this.users = users;
        this.hasher = hasher;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public LoginOutcome authenticate(String username, String password, @Nullable String clientIp) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        String name = username == null ? "" : username.trim();
        Optional<User> found = name.isEmpty() ? Optional.empty() : users.findByUsernameForUpdate(name);
        if (found.isEmpty()) {
            hasher.matchesNothing(password == null ? "" : password);
            audit.record(null, name.isEmpty() ? "-" : name, AuditAction.LOGIN_FAILED, "user", "", "unknown username", clientIp);
            return wrongCredentials();
        }
        User user = found.get();
        if (user.isLockedAt(now)) {
            return locked(user.getLockedUntil());
        }
        if (!hasher.matches(password == null ? "" : password, user.getPasswordHash())) {
            return recordFailure(user, now, clientIp);
        }
        if (!user.isEnabled()) {
            audit.record(user.getId(), user.getUsername(), AuditAction.LOGIN_FAILED, "user", user.getId(), "disabled", clientIp);
            return new LoginOutcome.Disabled();
        }
        Optional<String> refusal = refusal(user);
        if (refusal.isPresent()) {
            audit.record(user.getId(), user.getUsername(), AuditAction.LOGIN_FAILED, "user", user.getId(),
                    "refused: " + refusal.get(), clientIp);
            return new LoginOutcome.Refused(refusal.get());
        }
        user.setFailedLogins(0);
        user.setLockedUntil(null);
        user.setLastLoginAt(now);
        users.update(user);
        audit.record(user.getId(), user.getUsername(), AuditAction.LOGIN_SUCCEEDED, "user", user.getId(), "", clientIp);
        return new LoginOutcome.SignedIn(SignedInUser.of(user));
    }

    private LoginOutcome recordFailure(User user, Instant now, @Nullable String clientIp) {
        int failures = user.getFailedLogins() + 1;
        if (failures >= settings.maxFailedLogins()) {
            Instant until = now.plus(settings.lockoutDuration());
            user.setFailedLogins(0);
            user.setLockedUntil(until);
            users.update(user);
            audit.record(user.getId(), user.getUsername(), AuditAction.LOGIN_LOCKED, "user", user.getId(),
                    "locked until " + until, clientIp);
            return locked(until);
        }
        user.setFailedLogins(failures);
        users.update(user);
        audit.record(user.getId(), user.getUsername(), AuditAction.LOGIN_FAILED, "user", user.getId(),
                "wrong password (" + failures + ")", clientIp);
        return wrongCredentials();
    }

    private LoginOutcome wrongCredentials() {
        return new LoginOutcome.WrongCredentials(settings.maxFailedLogins(), settings.lockoutDuration().toMinutes());
    }

    private LoginOutcome locked(Instant until) {
        return new LoginOutcome.Locked(until, settings.maxFailedLogins(), settings.lockoutDuration().toMinutes());
    }

    /** Reloads a signed-in user, or empty if the account was disabled, deleted or refused by a gate since. */
    @Transactional(readOnly = true)
    public Optional<SignedInUser> refresh(long userId) {
        return users.findById(userId).filter(User::isEnabled).filter(u -> refusal(u).isEmpty()).map(SignedInUser::of);
    }

    private Optional<String> refusal(User user) {
        for (AccountGate gate : gates) {
            Optional<String> refusal = gate.refusal(user);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }
}
