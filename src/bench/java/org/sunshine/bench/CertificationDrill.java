package org.sunshine.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.numbers.DocumentNumbers;

import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Galera certification failures met for real (issue 19): two "nodes" of the application in one JVM, each writing to a
 * different Galera node directly (127.0.0.1:3311 and :3312, around HAProxy's one writer, as a cluster with every node
 * writable would), issue gapless document numbers from one counter at the same moment. The node whose transaction
 * loses the certification at commit gets a deadlock error; {@code ConflictRetry} runs the transaction again. Prints
 * the numbers issued, the transactions run again, the errors that reached the caller (must be 0), and whether the
 * numbers are 1…N without a gap or a duplicate, as the counter's row says too.
 * <p>
 * Run with the local cluster up ({@code ops/cluster/start.sh}): {@code mvn -Pbench test-compile exec:exec@certification-drill}
 * ({@code -Ddrill.issues=300} per node). Environment: {@code CLUSTER_DB_USER}, {@code CLUSTER_DB_PASSWORD} (the
 * cluster's defaults otherwise).
 */
public final class CertificationDrill {

    private CertificationDrill() {
    }

    /** Issues one number in a transaction of its own; counts every run of its body, the ones run again included. */
    @Singleton
    public static class Issuer {

        private final DocumentNumbers numbers;
        final AtomicInteger runs = new AtomicInteger();

        Issuer(DocumentNumbers numbers) {
            this.numbers = numbers;
        }

        @Transactional
        public int issue(String office, int year) {
            runs.incrementAndGet();
            return numbers.next(office, year);
        }
    }

    public static void main(String[] args) {
        int issues = Integer.getInteger("drill.issues", 300);
        String user = env("CLUSTER_DB_USER", "sunshine");
        String password = env("CLUSTER_DB_PASSWORD", "sunshine-cluster");
        List<String> urls = List.of("jdbc:mysql://127.0.0.1:3311/sunshine", "jdbc:mysql://127.0.0.1:3312/sunshine");
        String office = "CERT" + System.currentTimeMillis() % 1_000_000;
        int year = 2026;
        List<ApplicationContext> nodes = new ArrayList<>();
        try {
            for (String url : urls) {
                nodes.add(ApplicationContext.builder().properties(Map.ofEntries(
                        Map.entry("datasources.default.url", url),
                        Map.entry("datasources.default.username", user),
                        Map.entry("datasources.default.password", password),
                        Map.entry("micronaut.server.port", -1),
                        Map.entry("sunshine.demo-data", false),
                        Map.entry("sunshine.search.directory",
                                java.nio.file.Files.createTempDirectory("certification-drill-search").toString()),
                        Map.entry("sunshine.statistics.scheduled-refresh", false),
                        Map.entry("sunshine.notifications.sender.scheduled", false),
                        Map.entry("sunshine.staff-notices.scheduled", false),
                        Map.entry("sunshine.proactive.link-check.enabled", false))).start());
            }
            ConcurrentLinkedQueue<Integer> issued = new ConcurrentLinkedQueue<>();
            AtomicInteger failed = new AtomicInteger();
            AtomicReference<Throwable> firstFailure = new AtomicReference<>();
            List<Thread> threads = new ArrayList<>();
            long started = System.nanoTime();
            for (ApplicationContext node : nodes) {
                Issuer issuer = node.getBean(Issuer.class);
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < issues; i++) {
                        try {
                            issued.add(issuer.issue(office, year));
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                            firstFailure.compareAndSet(null, e);
                        }
                    }
                });
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            int runs = nodes.stream().mapToInt(n -> n.getBean(Issuer.class).runs.get()).sum();
            TreeSet<Integer> distinct = new TreeSet<>(issued);
            int duplicates = issued.size() - distinct.size();
            boolean gapless = distinct.isEmpty() || (distinct.first() == 1 && distinct.last() == distinct.size());
            int counter = lastSeq(urls.get(0), user, password, office, year);
            System.out.printf(Locale.ROOT, "Certification drill: two nodes writing to Galera nodes db1 and db2, %d issues "
                    + "each, one counter (%s %d), %.1f s%n", issues, office, year, seconds);
            System.out.printf(Locale.ROOT, "  numbers issued: %d; transactions run again after a write conflict: %d; "
                    + "errors that reached the caller: %d%n", issued.size(), runs - issued.size() - failed.get(),
                    failed.get());
            System.out.printf(Locale.ROOT, "  duplicates: %d; gapless 1..%d: %s; the counter's row says %d%n",
                    duplicates, distinct.isEmpty() ? 0 : distinct.last(), gapless, counter);
            if (firstFailure.get() != null) {
                firstFailure.get().printStackTrace();
            }
            boolean ok = failed.get() == 0 && duplicates == 0 && gapless && counter == issued.size();
            System.out.println(ok ? "PASSED" : "FAILED");
            nodes.forEach(ApplicationContext::close);
            System.exit(ok ? 0 : 1);
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(2);
        }
    }

    private static int lastSeq(String url, String user, String password, String office, int year) throws Exception {
        try (var c = DriverManager.getConnection(url, user, password);
             var s = c.prepareStatement("SELECT last_seq FROM document_counter WHERE office = ? AND year_no = ?")) {
            s.setString(1, office);
            s.setInt(2, year);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
