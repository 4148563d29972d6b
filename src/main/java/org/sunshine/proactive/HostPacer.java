package org.sunshine.proactive;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The per-host delay: a request to a host waits until the delay has passed since the one before it (in this
 * application instance), whichever thread or run sent it. Kept in memory; hosts not asked for a while are forgotten.
 */
final class HostPacer {

    private static final int FORGET_FROM = 1000;

    private final Map<String, Long> nextAt = new HashMap<>();

    /** Waits for the host's turn and takes it. */
    void await(String host, Duration delay) throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            if (nextAt.size() >= FORGET_FROM) {
                nextAt.values().removeIf(at -> at - now < 0);
            }
            Long next = nextAt.get(host);
            long at = next == null || next - now < 0 ? now : next;
            nextAt.put(host, at + delay.toNanos());
            wait = at - now;
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
