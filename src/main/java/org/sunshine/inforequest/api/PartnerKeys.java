package org.sunshine.inforequest.api;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.sunshine.base.RateLimiter;
import org.sunshine.inforequest.RequestSettings;

import java.time.Duration;
import java.util.Optional;

/**
 * Who is calling: a partner platform of {@code sunshine.inforequests.api-clients} by its key. Wrong keys are counted
 * per client address ({@code lookup-failures-per-hour}): past the limit a wrong key gets 429 instead of 401, so that
 * keys cannot be guessed; a right key is always let in.
 */
@Singleton
class PartnerKeys {

    static final Duration WINDOW = Duration.ofHours(1);

    private final RequestSettings settings;
    private final RateLimiter limiter;

    PartnerKeys(RequestSettings settings, RateLimiter limiter) {
        this.settings = settings;
        this.limiter = limiter;
    }

    /** The partner's name, or why not: the key is wrong (a place taken in the address's allowance) or over the limit. */
    record Caller(@Nullable String client, @Nullable RateLimiter.Decision limited) {
    }

    Caller identify(@Nullable String apiKey, String addressBucket) {
        String key = "disclosure-api-key:" + addressBucket;
        Optional<String> client = Optional.ofNullable(apiKey).map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> settings.apiKeys().get(k));
        if (client.isPresent()) {
            return new Caller(client.get(), null);
        }
        RateLimiter.Decision decision = limiter.tryAcquire(key, settings.lookupFailuresPerHour(), WINDOW);
        return new Caller(null, decision.allowed() ? null : decision);
    }

    int limit() {
        return settings.lookupFailuresPerHour();
    }
}
