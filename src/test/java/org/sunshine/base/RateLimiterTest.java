package org.sunshine.base;

import org.junit.jupiter.api.Test;
import org.sunshine.testing.MutableClock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory limiter: a sliding window per key, bounded in keys, forgetting on the application's clock, atomic. */
class RateLimiterTest {

    private static final Duration HOUR = Duration.ofHours(1);

    private final MutableClock clock = MutableClock.shanghai("2026-11-20T02:00:00Z");
    private final RateLimiter limiter = new RateLimiter(clock, 1_000, Runnable::run);

    @Test
    void allowsTheLimitThenSaysHowLongToWait() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("submit:10.0.0.1", 5, HOUR).allowed()).isTrue();
            clock.advance(Duration.ofMinutes(1));
        }
        RateLimiter.Decision refused = limiter.tryAcquire("submit:10.0.0.1", 5, HOUR);
        assertThat(refused.allowed()).isFalse();
        // the first event left the window 55 minutes from now
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(55));
        assertThat(refused.retryAfterSeconds()).isEqualTo(3300);
        assertThat(refused.retryAfterMinutes()).isEqualTo(55);
        assertThat(limiter.tryAcquire("submit:10.0.0.2", 5, HOUR).allowed()).as("another key").isTrue();

        clock.advance(Duration.ofMinutes(55));
        assertThat(limiter.tryAcquire("submit:10.0.0.1", 5, HOUR).allowed()).as("the oldest left the window").isTrue();
        assertThat(limiter.tryAcquire("submit:10.0.0.1", 5, HOUR).allowed()).isFalse();
    }

    @Test
    void aRefusalRecordsNothingAndAReleaseGivesThePlaceBack() {
        limiter.tryAcquire("k", 2, HOUR);
        limiter.tryAcquire("k", 2, HOUR);
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("k", 2, HOUR).allowed()).isFalse();
        }
        limiter.release("k");
        assertThat(limiter.peek("k", 2, HOUR).allowed()).isTrue();
        assertThat(limiter.tryAcquire("k", 2, HOUR).allowed()).isTrue();
        assertThat(limiter.peek("k", 2, HOUR).allowed()).isFalse();
    }

    @Test
    void keysAreForgottenWhenTheirWindowHasPassed() {
        for (int i = 0; i < 100; i++) {
            limiter.tryAcquire("lookup:10.0.1." + i, 10, HOUR);
        }
        assertThat(limiter.size()).isEqualTo(100);
        clock.advance(Duration.ofMinutes(59));
        assertThat(limiter.size()).isEqualTo(100);
        clock.advance(Duration.ofMinutes(2));
        assertThat(limiter.size()).as("an hour after their last event").isZero();
    }

    @Test
    void holdsNoMoreThanItsBound() {
        for (int i = 0; i < 50_000; i++) {
            limiter.tryAcquire("submit:" + i, 5, HOUR);
        }
        assertThat(limiter.size()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void concurrentRequestsNeverGetMoreThanTheLimit() throws Exception {
        RateLimiter shared = new RateLimiter(clock, 1_000, Runnable::run);
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                start.await();
                int allowed = 0;
                for (int i = 0; i < 100; i++) {
                    if (shared.tryAcquire("submit:203.0.113.7", 50, HOUR).allowed()) {
                        allowed++;
                    }
                }
                return allowed;
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> result : results) {
            total += result.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(total).isEqualTo(50);
    }
}
