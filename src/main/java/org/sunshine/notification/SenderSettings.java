package org.sunshine.notification;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/**
 * The sender that sends the outbox after commit ({@link OutboxSender}, docs/notifications.md).
 *
 * @param scheduled     whether the scheduled runs happen (off in the tests, which run it themselves)
 * @param interval      a run starts this long after the previous one ended
 * @param initialDelay  the first run after a start
 * @param batchSize     the most messages one run claims
 * @param maxAttempts   a message not sent after this many attempts is FAILED (the administrator may retry it)
 * @param firstRetry    the wait after the first failed attempt; each further wait is twice the one before …
 * @param maxRetryDelay … but never longer than this
 * @param claimLease    how long a run's claim keeps other runs (other instances) off its messages; longer than a
 *                      batch can take to send with every provider at its timeouts
 */
@ConfigurationProperties("sunshine.notifications.sender")
public record SenderSettings(@Bindable(defaultValue = "true") boolean scheduled,
                             @Bindable(defaultValue = "5s") Duration interval,
                             @Bindable(defaultValue = "30s") Duration initialDelay,
                             @Bindable(defaultValue = "20") @Min(1) @Max(1000) int batchSize,
                             @Bindable(defaultValue = "8") @Min(1) @Max(50) int maxAttempts,
                             @Bindable(defaultValue = "1m") Duration firstRetry,
                             @Bindable(defaultValue = "6h") Duration maxRetryDelay,
                             @Bindable(defaultValue = "15m") Duration claimLease) {

    /**
     * The wait before the next attempt after {@code failed} attempts: {@code first-retry × 2^(failed − 1)}, at most
     * {@code max-retry-delay}.
     */
    public Duration retryDelay(int failed) {
        if (failed <= 1) {
            return min(firstRetry, maxRetryDelay);
        }
        Duration delay = firstRetry;
        for (int i = 1; i < failed && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return min(delay, maxRetryDelay);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
