package org.sunshine.bench;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Visitors and staff sessions opened against the site, many at a time: closed loop (a fixed number of clients,
 * each opening the next as soon as its last is open) or open loop (opens due at a fixed rate, each timed from when
 * it was due, so a slow server is not hidden by a client that waits for it). Bounded by a deadline: what is not
 * started by then is not started.
 */
final class LoadRun {

    /** One open; returns the {@link System#nanoTime()} at which its timed part ended. */
    interface Op {
        long run(int index) throws Exception;
    }

    /** What a run did: the times of its opens (sorted), how many failed, how long it took. */
    record Stats(String name, long[] nanos, int errors, double seconds, List<String> firstErrors) {

        int ok() {
            return nanos.length;
        }

        double p50() {
            return percentile(0.50);
        }

        double p99() {
            return percentile(0.99);
        }

        double max() {
            return nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6;
        }

        double perSecond() {
            return seconds <= 0 ? 0 : ok() / seconds;
        }

        /** In milliseconds. */
        double percentile(double p) {
            if (nanos.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
        }

        Stats and(Stats other) {
            long[] all = Arrays.copyOf(nanos, nanos.length + other.nanos.length);
            System.arraycopy(other.nanos, 0, all, nanos.length, other.nanos.length);
            Arrays.sort(all);
            List<String> errs = new ArrayList<>(firstErrors);
            errs.addAll(other.firstErrors);
            return new Stats(name, all, errors + other.errors, seconds + other.seconds, errs.subList(0, Math.min(5, errs.size())));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %d ok, %d errors in %.1f s (%.0f/s), p50 %.0f ms, p99 %.0f ms",
                    name, ok(), errors, seconds, perSecond(), p50(), p99());
        }
    }

    private final HttpClient http;
    private final String base;
    private final long deadline;
    private final AtomicInteger opened = new AtomicInteger();

    LoadRun(HttpClient http, String base, long deadline) {
        this.http = http;
        this.base = base;
        this.deadline = deadline;
    }

    /** A public visitor on the next route in turn: the page, its UI and its view. */
    long visitor(int index) throws Exception {
        List<String> routes = CapacityBenchmark.ROUTES;
        new VaadinVisitor(http, base).open(routes.get(opened.getAndIncrement() % routes.size()));
        return System.nanoTime();
    }

    /** A staff member signs in through the login form and opens their list of complaints; all of it timed. */
    long staff(String login, String password) throws Exception {
        VaadinVisitor visitor = new VaadinVisitor(http, base);
        visitor.open("login");
        if (!visitor.signIn(login, password)) {
            throw new IllegalStateException(login + ": the sign-in was refused");
        }
        visitor.navigate("complaints");
        if (VaadinVisitor.nodeWithTag(visitor.lastChanges(), "vaadin-grid") < 0) {
            throw new IllegalStateException(login + ": no list after navigating to complaints");
        }
        return System.nanoTime();
    }

    /** {@code count} opens, {@code threads} at a time. */
    Stats closedLoop(String name, int count, int threads, Op op) throws InterruptedException {
        long[] times = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
                    long began = System.nanoTime();
                    try {
                        long took = op.run(i) - began;
                        times[done.getAndIncrement()] = took;
                    } catch (Exception e) {
                        fail(failed, errors, e);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(Math.max(1, deadline - System.nanoTime()) + 60_000_000_000L, TimeUnit.NANOSECONDS);
        pool.shutdownNow();
        return stats(name, times, done.get(), failed.get(), (System.nanoTime() - start) / 1e9, errors);
    }

    /** {@code rate} opens per second for {@code seconds}, each timed from when it was due. */
    Stats openLoop(int rate, int seconds, Op op) throws InterruptedException {
        int count = rate * seconds;
        long[] times = new long[count];
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong lastEnd = new AtomicLong();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(16, rate / 2));
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < count && System.nanoTime() < deadline; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            pool.execute(() -> {
                try {
                    long end = op.run(index);
                    times[done.getAndIncrement()] = end - due;
                    lastEnd.accumulateAndGet(end, Math::max);
                } catch (Exception e) {
                    fail(failed, errors, e);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(120, TimeUnit.SECONDS);
        pool.shutdownNow();
        double elapsed = (Math.max(lastEnd.get(), start + 1) - start) / 1e9;
        return stats("rate " + rate + "/s", times, done.get(), failed.get(), elapsed, errors);
    }

    private static void fail(AtomicInteger failed, List<String> errors, Exception e) {
        failed.incrementAndGet();
        if (errors.size() < 5) {
            errors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Stats stats(String name, long[] times, int done, int failed, double seconds, List<String> errors) {
        long[] ok = Arrays.copyOf(times, done);
        Arrays.sort(ok);
        return new Stats(name, ok, failed, seconds, List.copyOf(errors.subList(0, Math.min(5, errors.size()))));
    }
}
