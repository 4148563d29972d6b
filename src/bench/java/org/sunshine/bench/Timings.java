package org.sunshine.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** What the benchmarks share to time a piece of work and report it. */
final class Timings {

    private Timings() {
    }

    /** Runs the work {@code runs} times; returns the durations in nanoseconds, sorted. */
    static long[] times(int runs, Supplier<?> work) {
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    /** In milliseconds, of sorted nanoseconds. */
    static double median(long[] sorted) {
        int n = sorted.length;
        return (n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0) / 1e6;
    }

    /** In milliseconds, of sorted nanoseconds. */
    static double max(long[] sorted) {
        return sorted[sorted.length - 1] / 1e6;
    }

    /** The machine is shared: how busy it was around the figures. */
    static String load() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "" : String.format(Locale.ROOT, "; load average (1 min) %.1f", load);
    }
}
