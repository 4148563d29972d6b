package org.sunshine.base;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/**
 * Counts events per key (e.g. per client address) in a sliding window, in memory: a Caffeine cache that holds at
 * most {@code sunshine.limits.max-keys} keys (the least used go first) and forgets a key once its window has passed,
 * timed by the application's {@link Clock}. {@link #tryAcquire} checks and records in one step, so concurrent
 * requests cannot all slip under the limit. One application instance; several instances behind a load balancer
 * each count their own share.
 */
@Singleton
public class RateLimiter {

    /** The answer of {@link #tryAcquire}: allowed, or refused until {@code retryAfter} has passed. */
    public record Decision(boolean allowed, Duration retryAfter) {

        static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        /** The wait in whole seconds, at least one (HTTP {@code Retry-After}). */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }

        /** The wait in whole minutes, at least one (what a screen says). */
        public long retryAfterMinutes() {
            return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        }
    }

    /** The events of one key within its window, oldest first. */
    private static final class Window {
        final Duration length;
        final Deque<Instant> events = new ArrayDeque<>();

        Window(Duration length) {
            this.length = length;
        }

        void prune(Instant now) {
            Instant from = now.minus(length);
            while (!events.isEmpty() && !events.peekFirst().isAfter(from)) {
                events.removeFirst();
            }
        }
    }

    private final Clock clock;
    private final Cache<String, Window> windows;

    @Inject
    public RateLimiter(Clock clock, @Value("${sunshine.limits.max-keys:100000}") long maxKeys) {
        this(clock, maxKeys, null);
    }

    /** With an executor of its own for Caffeine's upkeep (a test runs it on the calling thread). */
    RateLimiter(Clock clock, long maxKeys, Executor executor) {
        this.clock = clock;
        Caffeine<Object, Object> builder = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .ticker(() -> {
                    Instant now = clock.instant();
                    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
                });
        if (executor != null) {
            builder.executor(executor);
        }
        this.windows = builder.expireAfter(new Expiry<String, Window>() {
            @Override
            public long expireAfterCreate(String key, Window window, long currentTime) {
                return window.length.toNanos();
            }

            @Override
            public long expireAfterUpdate(String key, Window window, long currentTime, long currentDuration) {
                return window.length.toNanos();
            }

            @Override
            public long expireAfterRead(String key, Window window, long currentTime, long currentDuration) {
                return currentDuration;
            }
        }).build();
    }

    /**
     * Records one event for {@code key} if fewer than {@code limit} happened in the last {@code window}; otherwise
     * records nothing and says how long until the oldest of them leaves the window.
     */
    public Decision tryAcquire(String key, int limit, Duration window) {
        Instant now = clock.instant();
        Decision[] decision = new Decision[1];
        windows.asMap().compute(key, (k, current) -> {
            Window w = current == null || !current.length.equals(window) ? new Window(window) : current;
            w.prune(now);
            if (w.events.size() < limit) {
                w.events.addLast(now);
                decision[0] = Decision.ALLOWED;
            } else {
                decision[0] = new Decision(false, Duration.between(now, w.events.peekFirst().plus(window)));
            }
            return w;
        });
        return decision[0];
    }

    /** What {@link #tryAcquire} would answer now, without recording anything. */
    public Decision peek(String key, int limit, Duration window) {
        Instant now = clock.instant();
        Decision[] decision = {Decision.ALLOWED};
        windows.asMap().computeIfPresent(key, (k, w) -> {
            w.prune(now);
            if (w.events.size() >= limit) {
                decision[0] = new Decision(false, Duration.between(now, w.events.peekFirst().plus(w.length)));
            }
            return w;
        });
        return decision[0];
    }

    /** Gives back the latest event of {@code key}: what was acquired did not count after all (e.g. a right code). */
    public void release(String key) {
        windows.asMap().computeIfPresent(key, (k, w) -> {
            w.events.pollLast();
            return w.events.isEmpty() ? null : w;
        });
    }

    /** Forgets a key. */
    public void reset(String key) {
        windows.invalidate(key);
    }

    /** How many keys are held now (after due evictions and expiries). */
    public long size() {
        windows.cleanUp();
        return windows.estimatedSize();
    }
}
