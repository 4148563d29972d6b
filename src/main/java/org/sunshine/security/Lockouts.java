package org.sunshine.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.security.AccountEvent.Kind;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lockouts of an account for one client address ({@link LoginLockout}): counted at sign-in, listed for the
 * administrator, who may lift one. Unknown usernames are counted alike in memory, so that a lock does not tell
 * that an account exists.
 */
@Singleton
public class Lockouts {

    /** A lockout in force, for the administrator. */
    public record Row(long id, long userId, String username, String displayName, String clientAddress, int failures,
                      Instant lockedAt, Instant lockedUntil, Instant lastFailedAt) {
    }

    private final LoginLockoutRepository lockouts;
    private final UserRepository users;
    private final SecuritySettings settings;
    private final ApplicationEventPublisher<AccountEvent> events;
    private final BusinessClock clock;
    private final Cache<String, LoginLockout> unknown;

    Lockouts(LoginLockoutRepository lockouts, UserRepository users, SecuritySettings settings,
             ApplicationEventPublisher<AccountEvent> events, BusinessClock clock) {
        this.lockouts = lockouts;
        this.users = users;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.unknown = Caffeine.newBuilder().maximumSize(50_000).expireAfterAccess(Duration.ofDays(1)).build();
    }

    /** The lock of an account for an address in force now. */
    Optional<Instant> lockedUntil(User user, String address) {
        return lockouts.findByUserIdAndClientAddress(user.getId(), address)
                .filter(l -> l.isLockedAt(clock.now())).map(LoginLockout::getLockedUntil);
    }

    /** The lock of an unknown username for an address in force now. */
    Optional<Instant> lockedUntil(String unknownName, String address) {
        LoginLockout lockout = unknown.getIfPresent(unknownKey(unknownName, address));
        return lockout != null && lockout.isLockedAt(clock.now()) ? Optional.of(lockout.getLockedUntil()) : Optional.empty();
    }

    /** Counts a wrong password for an account from an address; the lock it starts, if it starts one. */
    Optional<LoginLockout> fail(User user, String address) {
        LoginLockout lockout = lockouts.findByUserIdAndClientAddress(user.getId(), address)
                .orElseGet(() -> LoginLockout.start(user.getId(), address));
        boolean locks = lockout.fail(clock.now(), settings);
        if (lockout.getId() == null) {
            lockouts.save(lockout);
        } else {
            lockouts.update(lockout);
        }
        return locks ? Optional.of(lockout) : Optional.empty();
    }

    /** Counts a wrong password for an unknown username from an address, exactly as for an account. */
    Optional<LoginLockout> fail(String unknownName, String address) {
        LoginLockout lockout = unknown.asMap().computeIfAbsent(unknownKey(unknownName, address), k -> LoginLockout.start(null, address));
        synchronized (lockout) {
            return lockout.fail(clock.now(), settings) ? Optional.of(lockout) : Optional.empty();
        }
    }

    /** A right password from the address: its count for the account starts again. */
    void succeeded(User user, String address) {
        lockouts.deleteByUserIdAndClientAddress(user.getId(), address);
    }

    /** The lockouts in force, newest first. */
    @Transactional(readOnly = true)
    public List<Row> current(SignedInUser actor) {
        Access.requireAdmin(actor);
        List<LoginLockout> locked = lockouts.findByLockedUntilGreaterThanOrderByLockedAtDesc(clock.now());
        Map<Long, User> accounts = locked.stream().map(LoginLockout::getUserId).distinct()
                .flatMap(id -> users.findById(id).stream()).collect(Collectors.toMap(User::getId, Function.identity()));
        return locked.stream().filter(l -> accounts.containsKey(l.getUserId())).map(l -> {
            User u = accounts.get(l.getUserId());
            return new Row(l.getId(), u.getId(), u.getUsername(), u.getDisplayName(), l.getClientAddress(),
                    l.getFailures(), l.getLockedAt(), l.getLockedUntil(), l.getLastFailedAt());
        }).toList();
    }

    /** How many accounts are locked for some address now. */
    @Transactional(readOnly = true)
    public long lockedAccounts() {
        return lockedUserIds().size();
    }

    /** The accounts locked for some address now. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> lockedUserIds() {
        return lockouts.findByLockedUntilGreaterThanOrderByLockedAtDesc(clock.now()).stream()
                .map(LoginLockout::getUserId).collect(Collectors.toSet());
    }

    /** Lifts one lockout: the account may sign in from that address again, with a fresh count. */
    @Transactional
    public void lift(long lockoutId, SignedInUser actor) {
        Access.requireAdmin(actor);
        LoginLockout lockout = lockouts.findById(lockoutId).orElseThrow(() -> new DomainException("user.error.lockoutGone"));
        lockouts.delete(lockout);
        String username = users.findById(lockout.getUserId()).map(User::getUsername).orElse("");
        events.publishEvent(AccountEvent.change(Kind.USER_UNLOCKED, actor, lockout.getUserId(),
                username + " @ " + lockout.getClientAddress()));
    }

    /** Every lockout of an account: a new password makes the old guesses moot. */
    void liftAll(long userId) {
        lockouts.deleteByUserId(userId);
    }

    /** One node an hour: the lock is kept 30 minutes, and lapses then if its node died. */
    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    @SchedulerLock(name = "lockout-purge", lockAtMostFor = "30m", lockAtLeastFor = "30m")
    void onSchedule() {
        purge();
    }

    /** Forgets counts with no lock in force and no wrong password for a day. */
    @Transactional
    void purge() {
        Instant now = clock.now();
        lockouts.purge(now.minus(Duration.ofDays(1)), now);
    }

    private static String unknownKey(String name, String address) {
        // usernames are compared without case in the database, so unknown ones are here too
        return name.toLowerCase(Locale.ROOT) + "\n" + address;
    }
}
