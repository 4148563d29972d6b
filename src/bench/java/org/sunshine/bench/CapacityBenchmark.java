package org.sunshine.bench;

import io.micronaut.context.ApplicationContext;
import org.sunshine.db.embedded.EmbeddedMariaDb;

import java.io.File;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Capacity of the public site (issue 19): how many public visitors one node holds, how fast it opens pages, and
 * what signed-in staff cost. Every public page is a Vaadin UI with its state on the server, so a visitor is
 * opened as a browser opens it ({@link VaadinVisitor}: the page, the UI's init request, the router's navigation in a UIDL request, which builds the view) on
 * {@code /submit} and {@code /track} in turn, and kept open (its session stays on the server).
 * <ol>
 *   <li>warm-up (300 visitors, 10 staff), then the heap after a full GC: the baseline;</li>
 *   <li>{@code bench.staff} (500) staff sign in through the login form over HTTP and open their list
 *       ({@code /complaints}): heap per staff session, time of each sign-in with its list;</li>
 *   <li>{@code bench.rate} (100) page opens per second for {@code bench.rate-seconds} (30), open loop (each open
 *       timed from when it was due): achieved rate, p50 and p99;</li>
 *   <li>more visitors, {@code bench.threads} (16) at a time, until {@code bench.visitors} (10,000) are open, the heap
 *       measured after each step: heap per visitor; it stops early when the heap is nearly full;</li>
 *   <li>where the memory goes: the largest classes of the heap histogram.</li>
 * </ol>
 * The application runs as a process of its own ({@link BenchApp}; {@code -Dbench.jar=target/sunshine.jar}, the
 * release jar, for production mode) with {@code -Xmx} {@code bench.heap} (2g), on {@code DATASOURCES_DEFAULT_URL}
 * or an embedded MariaDB in {@code bench.data-dir}, the demo city loaded first. {@code -Dbench.url=http://127.0.0.1:18310}
 * targets a running site instead (the cluster's proxy), with {@code -Dbench.pids=…} the nodes' processes whose heap
 * is read (with {@code jcmd}). Bounded: at most {@code bench.max-minutes} (20).
 * Run: {@code mvn -Pbench test-compile exec:exec@capacity} (docs/performance.md, "Capacity of the public site").
 */
public final class CapacityBenchmark {

    static final int VISITORS = Integer.getInteger("bench.visitors", 10_000);
    static final int STAFF = Integer.getInteger("bench.staff", 500);
    static final int RATE = Integer.getInteger("bench.rate", 100);
    static final int RATE_SECONDS = Integer.getInteger("bench.rate-seconds", 30);
    static final int THREADS = Integer.getInteger("bench.threads", 16);
    static final int PORT = Integer.getInteger("bench.port", 18331);
    static final String HEAP = System.getProperty("bench.heap", "2g");
    static final List<String> ROUTES = words("bench.routes", "submit,track");
    static final List<String> LOGINS = words("bench.logins",
            "inspector,handler,insp.zhang,insp.liu,insp.chen,insp.yang,h.jyj,h.jtj");
    static final String PASSWORD = System.getProperty("bench.password", "Sunshine2026");
    static final long DEADLINE = System.nanoTime() + Long.getLong("bench.max-minutes", 20) * 60_000_000_000L;
    static final int WARM_VISITORS = 300;
    static final int WARM_STAFF = 10;
    static final long GIB = 1L << 30;

    private final HttpClient http = VaadinVisitor.client();
    private final List<String> lines = new ArrayList<>();
    private String base;
    private HeapProbe heap;
    private long maxHeap;

    public static void main(String[] args) {
        try {
            new CapacityBenchmark().run();
            System.exit(0);
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(1);
        }
    }

    private void run() throws Exception {
        System.out.println("Java " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " processors" + Timings.load());
        String url = System.getProperty("bench.url", "");
        BenchApp app = null;
        if (url.isBlank()) {
            String jdbcUrl = database();
            prepare(jdbcUrl);
            app = BenchApp.start(System.getProperty("bench.jar"), List.of("-Xmx" + HEAP), appEnv(jdbcUrl), PORT,
                    new File(System.getProperty("bench.app-log", "/tmp/sunshine-bench-capacity-app.log")));
            base = app.base();
            heap = new HeapProbe(List.of(app.pid()));
            maxHeap = parseSize(HEAP);
            System.out.println("Application up (" + mode() + "), -Xmx" + HEAP + ", pid " + app.pid());
        } else {
            base = url.replaceAll("/+$", "");
            heap = new HeapProbe(Arrays.stream(System.getProperty("bench.pids", "").split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).map(Long::parseLong).toList());
            maxHeap = parseSize(HEAP) * Math.max(1, Arrays.stream(System.getProperty("bench.pids", "").split(","))
                    .filter(s -> !s.isBlank()).count());
            System.out.println("Target " + base + ", heap of pids " + System.getProperty("bench.pids", "(none)"));
        }
        try {
            measure();
        } finally {
            if (app != null) {
                app.close();
            }
        }
        System.out.println();
        System.out.println("Capacity of the public site (" + (url.isBlank() ? "one node, " + mode() : base) + ")");
        lines.forEach(System.out::println);
        System.out.println("Load average" + Timings.load().replace("; load average", ""));
    }

    private void measure() throws Exception {
        LoadRun load = new LoadRun(http, base, DEADLINE);
        LoadRun.Stats warm = load.closedLoop("warm-up", WARM_VISITORS, THREADS, load::visitor);
        load.closedLoop("warm-up staff", WARM_STAFF, 4, i -> load.staff(LOGINS.get(i % LOGINS.size()), PASSWORD));
        System.out.println("Warm-up: " + warm);
        long baseline = used();
        say(String.format(Locale.ROOT, "Baseline after warm-up (%d visitors, %d staff): %s in use after a full GC",
                WARM_VISITORS, WARM_STAFF, mib(baseline)));

        LoadRun.Stats staff = load.closedLoop("staff", STAFF, Math.min(THREADS, 8),
                i -> load.staff(LOGINS.get(i % LOGINS.size()), PASSWORD));
        long afterStaff = used();
        say(String.format(Locale.ROOT, "Staff: %d of %d signed in and on their list (/complaints) in %.1f s; "
                        + "sign-in with its list p50 %.0f ms, p99 %.0f ms; heap per staff session %s",
                staff.ok(), STAFF, staff.seconds(), staff.p50(), staff.p99(), perEach(afterStaff - baseline, staff.ok())));
        say(target(STAFF + " signed-in staff sessions on their lists (the issue's: 500)",
                STAFF >= 500 && staff.ok() >= STAFF && staff.errors() == 0));
        staff.firstErrors().forEach(e -> say("  error: " + e));

        LoadRun.Stats rate = load.openLoop(RATE, RATE_SECONDS, load::visitor);
        say(String.format(Locale.ROOT, "Rate: %d page opens due at %d/s for %d s: %d done, %d errors, achieved %.1f/s; "
                        + "open (page, UI init, view) from when due p50 %.0f ms, p99 %.0f ms, max %.0f ms",
                RATE * RATE_SECONDS, RATE, RATE_SECONDS, rate.ok(), rate.errors(), rate.perSecond(), rate.p50(),
                rate.p99(), rate.max()));
        say(target(RATE + " page opens per second with p99 under 300 ms (the issue's: 100)", RATE >= 100
                && rate.errors() == 0 && rate.perSecond() >= RATE * 0.95 && rate.p99() < 300));
        rate.firstErrors().forEach(e -> say("  error: " + e));

        int open = WARM_VISITORS + rate.ok();
        int publicSince = rate.ok();
        long last = afterStaff;
        boolean full = false;
        LoadRun.Stats fill = null;
        for (int step : steps()) {
            if (open >= step || System.nanoTime() > DEADLINE) {
                continue;
            }
            LoadRun.Stats s = load.closedLoop("visitors to " + step, step - open, THREADS, load::visitor);
            fill = fill == null ? s : fill.and(s);
            open += s.ok();
            publicSince += s.ok();
            last = used();
            say(String.format(Locale.ROOT, "  %,6d visitors open: %s in use after a full GC (%d errors, %.0f opens/s, "
                            + "p50 %.0f ms, p99 %.0f ms)", open, mib(last), s.errors(), s.perSecond(), s.p50(), s.p99()));
            s.firstErrors().forEach(e -> say("  error: " + e));
            if (heap.available() && last > 0.9 * maxHeap || s.errors() > s.ok() / 20) {
                full = true;
                say("  stopped: the heap is nearly full or visitors fail");
                break;
            }
        }
        double perVisitor = heap.available() && publicSince > 0 ? (double) (last - afterStaff) / publicSince : 0;
        say(String.format(Locale.ROOT, "Public visitors: %,d open (/%s in turn); heap per visitor %s; "
                        + "with them and the staff %s in use of %s", open, String.join(", /", ROUTES),
                heap.available() ? kib(perVisitor) : "not measured", mib(last), mib(maxHeap)));
        if (perVisitor > 0) {
            say(String.format(Locale.ROOT, "  so %s of heap (90%% of it, less the baseline and the staff) holds "
                            + "about %,.0f visitors", mib(maxHeap), (0.9 * maxHeap - afterStaff) / perVisitor));
        }
        say(target(String.format(Locale.ROOT, "%,d concurrent public visitors within a %s heap (live set under 90%%; "
                + "the issue's: 10,000 in 2 GiB)", VISITORS, mib(maxHeap)), VISITORS >= 10_000 && !full && open >= VISITORS
                && heap.available() && last < 0.9 * maxHeap));
        if (heap.available()) {
            say("Where the memory goes (heap histogram, largest classes):");
            for (HeapProbe.Row row : heap.histogram(20)) {
                say(String.format(Locale.ROOT, "  %10s %,10d  %s", mib(row.bytes()), row.instances(), row.type()));
            }
        }
    }

    private static int[] steps() {
        return new int[]{VISITORS / 4, VISITORS / 2, VISITORS * 3 / 4, VISITORS};
    }

    private long used() throws Exception {
        return heap.available() ? heap.usedAfterGc() : 0;
    }

    private void say(String line) {
        System.out.println(line);
        lines.add(line);
    }

    private static String target(String what, boolean met) {
        return "TARGET " + what + ": " + (met ? "met" : "NOT met");
    }

    // --- the application and its database ---------------------------------------------------------------------------

    private static String database() {
        String url = System.getenv("DATASOURCES_DEFAULT_URL");
        if (url != null && !url.isBlank()) {
            return url;
        }
        return EmbeddedMariaDb.start(Path.of(System.getProperty("bench.data-dir",
                System.getProperty("user.home") + "/.sunshine/capacity-db")), false).jdbcUrl();
    }

    /** The demo city with its logins and a year of history, loaded once (later runs find it). */
    private static void prepare(String jdbcUrl) {
        long started = System.nanoTime();
        try (ApplicationContext ignored = ApplicationContext.builder()
                .environments("bench")
                .properties(Map.of(
                        "datasources.default.url", jdbcUrl,
                        "datasources.default.username", BenchApp.databaseUser(),
                        "datasources.default.password", BenchApp.databasePassword(),
                        "micronaut.server.port", -1,
                        "sunshine.demo-data", true,
                        "sunshine.demo-activity", true,
                        "sunshine.search.directory", searchDirectory(),
                        "sunshine.proactive.link-check.enabled", false,
                        "sunshine.statistics.scheduled-refresh", false))
                .start()) {
            System.out.printf(Locale.ROOT, "Demo city in place (%.0f s)%n", (System.nanoTime() - started) / 1e9);
        }
    }

    private static Map<String, String> appEnv(String jdbcUrl) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DATASOURCES_DEFAULT_URL", jdbcUrl);
        env.put("DATASOURCES_DEFAULT_USERNAME", BenchApp.databaseUser());
        env.put("DATASOURCES_DEFAULT_PASSWORD", BenchApp.databasePassword());
        env.put("SUNSHINE_DEMO_DATA", "false");
        env.put("SUNSHINE_COMPLAINTS_AUTO_CLOSE", "false");
        env.put("SUNSHINE_INFOREQUESTS_AUTO_TERMINATE", "false");
        env.put("SUNSHINE_SEARCH_DIRECTORY", searchDirectory());
        // the demo's disclosure records have made-up addresses: nothing to check, and no traffic off this machine
        env.put("SUNSHINE_PROACTIVE_LINK_CHECK_ENABLED", "false");
        // 500 sign-ins from one address within minutes: the benchmark's own relaxed limits, never production's
        env.put("SUNSHINE_SECURITY_LOGIN_FAILURES_PER_ADDRESS", "1000000");
        env.put("SUNSHINE_SECURITY_LOGIN_FAILURES_OVERALL", "1000000");
        env.put("SUNSHINE_SECURITY_MAX_FAILED_LOGINS", "1000000");
        // the first visitors must still be there when the last are counted (the run takes minutes)
        env.put("SUNSHINE_PUBLIC_SESSION_TIMEOUT", System.getProperty("bench.session-timeout", "30m"));
        return env;
    }

    private static String searchDirectory() {
        return System.getProperty("user.home") + "/.sunshine/capacity-search";
    }

    private static String mode() {
        String jar = System.getProperty("bench.jar");
        return jar == null || jar.isBlank() ? "development mode, the benchmark's class path"
                : "production mode, " + new File(jar).getName();
    }

    // --- figures --------------------------------------------------------------------------------------------------

    private static List<String> words(String property, String fallback) {
        return Arrays.stream(System.getProperty(property, fallback).split(",")).map(String::trim)
                .filter(w -> !w.isEmpty()).toList();
    }

    static long parseSize(String size) {
        String s = size.trim().toLowerCase(Locale.ROOT);
        long unit = s.endsWith("g") ? GIB : s.endsWith("m") ? 1L << 20 : s.endsWith("k") ? 1024 : 1;
        return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
    }

    private static String mib(double bytes) {
        return String.format(Locale.ROOT, "%,.0f MiB", bytes / (1 << 20));
    }

    private static String kib(double bytes) {
        return String.format(Locale.ROOT, "%,.0f KiB", bytes / 1024);
    }

    private static String perEach(long bytes, int count) {
        return count <= 0 ? "-" : kib((double) bytes / count);
    }
}
