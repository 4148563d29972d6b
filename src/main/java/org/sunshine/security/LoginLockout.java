package org.sunshine.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Duration;
import java.time.Instant;

/**
 * Wrong passwords for one account from one client address (table {@code login_lockout}). Every
 * {@code maxFailedLogins}-th of them locks the account for that address only, for {@code lockoutDuration}, doubled
 * with each further lock up to {@code maxLockoutDuration}. An unknown username is counted the same way, in memory
 * ({@link #userId} null), so that the answers do not tell which usernames exist.
 */
@MappedEntity("login_lockout")
public class LoginLockout {

    @Id
    @GeneratedValue
    private Long id;
    @Nullable
    private Long userId;
    private String clientAddress;
    private int failures;
    private Instant firstFailedAt;
    private Instant lastFailedAt;
    @Nullable
    private Instant lockedAt;
    @Nullable
    private Instant lockedUntil;

    static LoginLockout start(@Nullable Long userId, String clientAddress) {
        LoginLockout lockout = new LoginLockout();
        lockout.userId = userId;
        lockout.clientAddress = clientAddress;
        return lockout;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a wrong password; true if it locks the pair (then {@link #getLockedUntil()} says until when). */
    boolean fail(Instant now, SecuritySettings settings) {
        failures++;
        if (firstFailedAt == null) {
            firstFailedAt = now;
        }
        lastFailedAt = now;
        if (failures % settings.maxFailedLogins() != 0) {
            return false;
        }
        lockedAt = now;
        lockedUntil = now.plus(lockDuration(failures / settings.maxFailedLogins(), settings));
        return true;
    }

    /** The {@code n}-th lock of a pair lasts the lockout duration doubled n-1 times, at most the maximum. */
    static Duration lockDuration(int n, SecuritySettings settings) {
        Duration duration = settings.lockoutDuration();
        for (int i = 1; i < n && duration.compareTo(settings.maxLockoutDuration()) < 0; i++) {
            duration = duration.multipliedBy(2);
        }
        return duration.compareTo(settings.maxLockoutDuration()) > 0 ? settings.maxLockoutDuration() : duration;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    @Nullable public Long getUserId() { return userId; }
    public void setUserId(@Nullable Long userId) { this.userId = userId; }
    public String getClientAddress() { return clientAddress; }
    public void setClientAddress(String clientAddress) { this.clientAddress = clientAddress; }
    public int getFailures() { return failures; }
    public void setFailures(int failures) { this.failures = failures; }
    public Instant getFirstFailedAt() { return firstFailedAt; }
    public void setFirstFailedAt(Instant firstFailedAt) { this.firstFailedAt = firstFailedAt; }
    public Instant getLastFailedAt() { return lastFailedAt; }
    public void setLastFailedAt(Instant lastFailedAt) { this.lastFailedAt = lastFailedAt; }
    @Nullable public Instant getLockedAt() { return lockedAt; }
    public void setLockedAt(@Nullable Instant lockedAt) { this.lockedAt = lockedAt; }
    @Nullable public Instant getLockedUntil() { return lockedUntil; }
    public void setLockedUntil(@Nullable Instant lockedUntil) { this.lockedUntil = lockedUntil; }
}
