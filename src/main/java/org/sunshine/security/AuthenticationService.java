package org.sunshine.security;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.text.TextRules;
import org.sunshine.security.AccountEvent.Kind;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Checks a username and password (docs/architecture.md, "Sign-in and sessions"). First the address's allowance of
 * failed sign-ins ({@link LoginThrottle}); then the lock of the account for this address ({@link Lockouts}): every
 * {@code maxFailedLogins}-th wrong password from one address locks the account for that address only, so the right
 * password from elsewhere still works. An unknown username gets the same answers, after the same password hashing,
 * as a wrong password. Every checked attempt is an {@link AccountEvent} for the audit log.
 */
@Singleton
public class AuthenticationService {

    /** A signed-in account as read again on each request: who, and the sessions generation it was signed in under. */
    public record Account(SignedInUser user, int sessionGeneration) {
    }

    /** The longest username there is (user administration allows 3 to 40 characters). */
    static final int MAX_USERNAME = 40;

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SecuritySettings settings;
    private final LoginThrottle throttle;
    private final Lockouts lockouts;
    private final ApplicationEventPublisher<AccountEvent> events;
    private final BusinessClock clock;
    private final List<AccountGate> gates;

    AuthenticationService(UserRepository users, PasswordHasher hasher, SecuritySettings settings, LoginThrottle throttle,
                          Lockouts lockouts, ApplicationEventPublisher<AccountEvent> events, BusinessClock clock,
                          List<AccountGate> gates) {
        this.users = users;
        this.hasher = hasher;
        this.settings = settings;
        this.throttle = throttle;
        this.lockouts = lockouts;
        this.events = events;
        this.clock = clock;
        this.gates = List.copyOf(gates);
    }

    @Transactional
    public LoginOutcome authenticate(String username, String password, @Nullable String clientIp) {
        String address = clientIp == null ? "" : clientIp;
        LoginThrottle.Attempt attempt = throttle.admit(address);
        if (attempt.refusal().isPresent()) {
            return attempt.refusal().get();
        }
        String name = username == null ? "" : username.strip();
        String secret = password == null ? "" : password;
        // a name no account can have (too long, control characters) is an unknown one: not looked up, and recorded
        // in the audit log and the lockouts as far as it fits
        boolean possible = !name.isEmpty() && name.length() <= MAX_USERNAME && TextRules.allowed(name, TextRules.Lines.ONE);
        Optional<User> found = possible ? users.findByUsernameForUpdate(name) : Optional.empty();
        if (found.isEmpty()) {
            return unknown(name.isEmpty() ? "" : TextRules.shown(name, MAX_USERNAME), secret, address);
        }
        User user = found.get();
        Optional<Instant> locked = lockouts.lockedUntil(user, address);
        if (locked.isPresent()) {
            return locked(locked.get());
        }
        if (!hasher.matches(secret, user.getPasswordHash())) {
            Optional<LoginLockout> lock = lockouts.fail(user, address);
            if (lock.isPresent()) {
                events.publishEvent(AccountEvent.signIn(Kind.LOGIN_LOCKED, user,
                        "locked for " + address + " until " + lock.get().getLockedUntil(), clientIp));
                return locked(lock.get().getLockedUntil());
            }
            events.publishEvent(AccountEvent.signIn(Kind.LOGIN_FAILED, user, "wrong password", clientIp));
            return wrongCredentials();
        }
        lockouts.succeeded(user, address);
        if (!user.isEnabled()) {
            throttle.notAFailure(attempt);
            events.publishEvent(AccountEvent.signIn(Kind.LOGIN_FAILED, user, "disabled", clientIp));
            return new LoginOutcome.Disabled();
        }
        Optional<String> refusal = refusal(user);
        if (refusal.isPresent()) {
            throttle.notAFailure(attempt);
            events.publishEvent(AccountEvent.signIn(Kind.LOGIN_FAILED, user, "refused: " + refusal.get(), clientIp));
            return new LoginOutcome.Refused(refusal.get());
        }
        throttle.succeeded(attempt);
        user.setLastLoginAt(clock.now());
        users.update(user);
        events.publishEvent(AccountEvent.signIn(Kind.LOGIN_SUCCEEDED, user, "", clientIp));
        return new LoginOutcome.SignedIn(SignedInUser.of(user));
    }

    /** An unknown username: the time of one password check, and a count and lock like an account's. */
    private LoginOutcome unknown(String name, String password, String address) {
        Optional<Instant> locked = name.isEmpty() ? Optional.empty() : lockouts.lockedUntil(name, address);
        if (locked.isPresent()) {
            return locked(locked.get());
        }
        hasher.matchesNothing(password);
        events.publishEvent(new AccountEvent(Kind.LOGIN_FAILED, null, name.isEmpty() ? "-" : name, "",
                "unknown username", address));
        if (!name.isEmpty()) {
            Optional<LoginLockout> lock = lockouts.fail(name, address);
            if (lock.isPresent()) {
                return locked(lock.get().getLockedUntil());
            }
        }
        return wrongCredentials();
    }

    private LoginOutcome wrongCredentials() {
        return new LoginOutcome.WrongCredentials(settings.maxFailedLogins(), settings.lockoutDuration().toMinutes());
    }

    private LoginOutcome locked(Instant until) {
        long minutes = Math.max(1, (Duration.between(clock.now(), until).toSeconds() + 59) / 60);
        return new LoginOutcome.Locked(until, settings.maxFailedLogins(), minutes);
    }

    /** Reloads a signed-in account, or empty if it was disabled, deleted or refused by a gate since. */
    @Transactional(readOnly = true)
    public Optional<Account> refresh(long userId) {
        return users.findById(userId).filter(User::isEnabled).filter(u -> refusal(u).isEmpty())
                .map(u -> new Account(SignedInUser.of(u), u.getSessionGeneration()));
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
