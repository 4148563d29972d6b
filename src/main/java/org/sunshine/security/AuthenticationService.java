package org.sunshine.security;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.text.TextRules;
import org.sunshine.security.AccountEvent.Kind;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Checks a username and password. {@code maxFailedLogins} consecutive wrong passwords lock the account
 * for {@code lockoutDuration}; while locked, even the right password is refused. Every attempt is an
 * {@link AccountEvent} for the audit log.
 */
@Singleton
public class AuthenticationService {

    /** The longest username there is (user administration allows 3 to 40 characters). */
    static final int MAX_USERNAME = 40;

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SecuritySettings settings;
    private final ApplicationEventPublisher<AccountEvent> events;
    private final BusinessClock clock;
    private final List<AccountGate> gates;

    public AuthenticationService(UserRepository users, PasswordHasher hasher, SecuritySettings settings,
                                 ApplicationEventPublisher<AccountEvent> events, BusinessClock clock,
                                 List<AccountGate> gates) {
        this.gates = List.copyOf(gates);
        this.users = users;
        this.hasher = hasher;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public LoginOutcome authenticate(String username, String password, @Nullable String clientIp) {
        Instant now = clock.now();
        String name = username == null ? "" : username.trim();
        // a name no account can have (too long, control characters) is an unknown one: not looked up, and recorded
        // in the audit log as far as it fits
        boolean possible = !name.isEmpty() && name.length() <= MAX_USERNAME && TextRules.allowed(name, TextRules.Lines.ONE);
        Optional<User> found = possible ? users.findByUsernameForUpdate(name) : Optional.empty();
        if (found.isEmpty()) {
            hasher.matchesNothing(password == null ? "" : password);
            events.publishEvent(new AccountEvent(Kind.LOGIN_FAILED, null, name.isEmpty() ? "-" : TextRules.shown(name, MAX_USERNAME), "",
                    "unknown username", clientIp));
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
            events.publishEvent(AccountEvent.signIn(Kind.LOGIN_FAILED, user, "disabled", clientIp));
            return new LoginOutcome.Disabled();
        }
        Optional<String> refusal = refusal(user);
        if (refusal.isPresent()) {
            events.publishEvent(AccountEvent.signIn(Kind.LOGIN_FAILED, user, "refused: " + refusal.get(), clientIp));
            return new LoginOutcome.Refused(refusal.get());
        }
        user.setFailedLogins(0);
        user.setLockedUntil(null);
        user.setLastLoginAt(now);
        users.update(user);
        events.publishEvent(AccountEvent.signIn(Kind.LOGIN_SUCCEEDED, user, "", clientIp));
        return new LoginOutcome.SignedIn(SignedInUser.of(user));
    }

    private LoginOutcome recordFailure(User user, Instant now, @Nullable String clientIp) {
        int failures = user.getFailedLogins() + 1;
        if (failures >= settings.maxFailedLogins()) {
            Instant until = now.plus(settings.lockoutDuration());
            user.setFailedLogins(0);
            user.setLockedUntil(until);
            users.update(user);
            events.publishEvent(AccountEvent.signIn(Kind.LOGIN_LOCKED, user, "locked until " + until, clientIp));
            return locked(until);
        }
        user.setFailedLogins(failures);
        users.update(user);
        events.publishEvent(AccountEvent.signIn(Kind.LOGIN_FAILED, user, "wrong password (" + failures + ")", clientIp));
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
