package org.sunshine.base;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key (e.g. per IP address) in a sliding window, in memory. One application instance; several
 * instances behind a load balancer would each count their own share.
 */
@Singleton
public class RateLimiter {

    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Whether another event for {@code key} is still within {@code limit} per {@code window}. */
    public boolean allowed(String key, int limit, Duration window) {
        Deque<Instant> recent = events.get(key);
        if (recent == null) {
            return true;
        }
        synchronized (recent) {
            prune(recent, window);
            return recent.size() < limit;
        }
    }

    /** Records one event for {@code key}. */
    public void record(String key, Duration window) {
        Deque<Instant> recent = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, window);
            recent.addLast(Instant.now(clock));
        }
        if (events.size() > 100_000) {
            events.entrySet().removeIf(e -> e.getValue().isEmpty());
        }
    }

    /** Forgets a key (e.g. after a successful lookup). */
    public void reset(String key) {
        events.remove(key);
    }

    private void prune(Deque<Instant> recent, Duration window) {
        Instant from = Instant.now(clock).minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(from)) {
            recent.removeFirst();
        }
    }
}
