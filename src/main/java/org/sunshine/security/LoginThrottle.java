package org.sunshine.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import org.sunshine.base.ClientAddresses;
import org.sunshine.base.RateLimiter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How many sign-ins may fail, per client address and overall, before an address must wait. Each attempt takes a
 * place in both allowances before its password is checked (so concurrent attempts cannot overrun them) and gives
 * it back unless the password was wrong. An address from which someone signed in successfully in the last
 * {@link #KNOWN_FOR} is exempt from the overall allowance, so that a guessing attack from many addresses does not
 * keep the staff out.
 */
@Singleton
class LoginThrottle {

    static final Duration KNOWN_FOR = Duration.ofDays(30);
    private static final String OVERALL = "login-all";

    private final RateLimiter limiter;
    private final SecuritySettings settings;
    private final Cache<String, Instant> known;
    private final Clock clock;

    LoginThrottle(RateLimiter limiter, SecuritySettings settings, Clock clock) {
        this.limiter = limiter;
        this.settings = settings;
        this.clock = clock;
        this.known = Caffeine.newBuilder().maximumSize(50_000).build();
    }

    /** One sign-in attempt that took its places: {@code refusal} if it must wait instead. */
    record Attempt(String address, boolean overall, Optional<LoginOutcome.Throttled> refusal) {
    }

    /** Takes the places for one attempt from {@code address}, or says how long it must wait. */
    Attempt admit(String address) {
        String key = addressKey(address);
        RateLimiter.Decision own = limiter.tryAcquire(key, settings.loginFailuresPerAddress(), settings.loginThrottleWindow());
        if (!own.allowed()) {
            return new Attempt(address, false, Optional.of(new LoginOutcome.Throttled(own.retryAfterMinutes(), false)));
        }
        if (isKnown(address)) {
            return new Attempt(address, false, Optional.empty());
        }
        RateLimiter.Decision overall = limiter.tryAcquire(OVERALL, settings.loginFailuresOverall(), settings.loginThrottleWindow());
        if (!overall.allowed()) {
            limiter.release(key);
            return new Attempt(address, false, Optional.of(new LoginOutcome.Throttled(overall.retryAfterMinutes(), true)));
        }
        return new Attempt(address, true, Optional.empty());
    }

    /** The password was right: the attempt does not count, and the address is known from now on. */
    void succeeded(Attempt attempt) {
        notAFailure(attempt);
        known.put(ClientAddresses.bucket(attempt.address()), clock.instant());
    }

    /** The attempt did not fail on a password (a disabled account, a refusal): it does not count. */
    void notAFailure(Attempt attempt) {
        limiter.release(addressKey(attempt.address()));
        if (attempt.overall()) {
            limiter.release(OVERALL);
        }
    }

    private boolean isKnown(String address) {
        Instant since = known.getIfPresent(ClientAddresses.bucket(address));
        return since != null && since.plus(KNOWN_FOR).isAfter(clock.instant());
    }

    private static String addressKey(String address) {
        return "login:" + ClientAddresses.bucket(address);
    }
}
