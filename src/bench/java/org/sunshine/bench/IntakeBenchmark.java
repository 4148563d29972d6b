package org.sunshine.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How fast the public API takes in complaints, against MariaDB or MySQL, in one run:
 * <ol>
 *   <li>the raw JDBC rate of durable single-row inserts (autocommit, so one commit per row) of a complaint-sized row
 *       into a copy of the complaint table;</li>
 *   <li>the rate of complaints filed through {@code POST /api/open311/v2/requests.json}, each one committed before
 *       the answer (the same durability: the complaint and its first timeline event in one transaction);</li>
 *   <li>their ratio (target ≥ 0.5), both like for like (one client, one connection) and with 16 at once;</li>
 *   <li>the latency at a fixed 200 requests/s, measured from each request's scheduled time so that a stall counts
 *       against it (target p99 &lt; 50 ms).</li>
 * </ol>
 * Everything is warmed up first, as a server that has been running is. Uses {@code DATASOURCES_DEFAULT_URL} if set
 * (give it an empty database of its own), else an embedded MariaDB.
 * Run: {@code mvn -Pbench test-compile exec:exec@intake} (docs/performance.md has the figures).
 */
public final class IntakeBenchmark {

    static final String KEY = "bench-key";
    static final int AT_ONCE = 16;
    static final CloseableHttpClient HTTP = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(64).setMaxConnPerRoute(64).build())
            .build();
    static final String CONTENT = "本社区今年的低保对象名单没有按规定在公示栏和政府网站公示，申请低保的程序、标准和结果也没有公开。"
            + "我们多次向社区询问都没有得到答复，请督促民政部门依法公开低保对象名单、救助标准和资金发放情况，并说明未公开的原因。";
    static final String INSERT = "INSERT INTO bench_complaint (tracking_code, query_code_hash, query_code_salt, type, "
            + "channel, state, subject, content, complainant_name, complainant_phone, consent_disclose, submitted_at, "
            + "accept_start, accept_due, api_client, client_ip, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private IntakeBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run();
            System.exit(0);
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(1);
        }
    }

    static void run() throws Exception {
        int count = Integer.getInteger("bench.requests", 10_000);
        int rate = Integer.getInteger("bench.rate", 200);
        int seconds = Integer.getInteger("bench.seconds", 30);
        try (ApplicationContext context = ApplicationContext.builder()
                .environments("bench")
                .properties(Map.of(
                        "micronaut.server.port", -1,
                        "sunshine.demo-data", false,
                        "sunshine.embedded-db.temporary", true,
                        "sunshine.complaints.auto-close", false,
                        "sunshine.complaints.api-clients", List.of(KEY + ":benchmark"),
                        "datasources.default.maximum-pool-size", 2 * AT_ONCE))
                .start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            server.start();
            // the pool itself, not the bean that joins the caller's transaction
            DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
            URI requests = URI.create("http://127.0.0.1:" + server.getPort() + "/api/open311/v2/requests.json");
            URI services = URI.create("http://127.0.0.1:" + server.getPort() + "/api/open311/v2/services.json");
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS bench_complaint");
                s.execute("CREATE TABLE bench_complaint LIKE complaint");
            }
            System.out.println("Database: " + describe(dataSource));
            System.out.println("Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                    + ", " + Runtime.getRuntime().availableProcessors() + " processors");

            // warm up: JIT, connection pools, InnoDB buffer pool
            rate(1, count / 2, () -> new JdbcInserts(dataSource));
            rate(1, count / 2, () -> n -> send(services, null));
            rate(1, count / 2, () -> n -> send(requests, complaint(-1 - n)));
            rate(AT_ONCE, count / 2, () -> n -> send(requests, complaint(-1_000_000 - n)));

            double jdbc = rate(1, count, () -> new JdbcInserts(dataSource));
            System.out.printf(Locale.ROOT, "JDBC durable single-row inserts, one connection: %.0f rows/s (%d rows)%n", jdbc, count);
            double roundTrip = rate(1, count, () -> new JdbcPing(dataSource));
            System.out.printf(Locale.ROOT, "JDBC round trip (SELECT 1), one connection: %.0f per second%n", roundTrip);
            double floor = rate(1, count, () -> n -> send(services, null));
            System.out.printf(Locale.ROOT, "HTTP floor, GET services.json one after another (no database): %.0f requests/s%n", floor);
            double api = rate(1, count, () -> n -> send(requests, complaint(n)));
            System.out.printf(Locale.ROOT, "API complaints filed one after another: %.0f requests/s (%d requests)%n", api, count);
            verdict("Ratio API / JDBC, one at a time", api / jdbc);
            // an endpoint that did nothing but the raw insert would still pay the HTTP floor on every request
            System.out.printf(Locale.ROOT, "Ceiling of that ratio here: an endpoint doing only the raw insert, %.0f requests/s, "
                    + "ratio %.2f%n", 1 / (1 / floor + 1 / jdbc), 1 / (1 / floor + 1 / jdbc) / jdbc);

            double jdbcAtOnce = rate(AT_ONCE, count, () -> new JdbcInserts(dataSource));
            System.out.printf(Locale.ROOT, "JDBC durable single-row inserts, %d connections at once: %.0f rows/s%n", AT_ONCE, jdbcAtOnce);
            double apiAtOnce = rate(AT_ONCE, count, () -> n -> send(requests, complaint(1_000_000 + n)));
            System.out.printf(Locale.ROOT, "API complaints filed by %d clients at once: %.0f requests/s%n", AT_ONCE, apiAtOnce);
            verdict("Ratio API / JDBC, " + AT_ONCE + " at once", apiAtOnce / jdbcAtOnce);
            verdict("Ratio API with " + AT_ONCE + " clients / JDBC one connection", apiAtOnce / jdbc);

            long[] latencies = fixedRate(requests, rate, seconds);
            double p99 = percentile(latencies, 99);
            System.out.printf(Locale.ROOT, "At a fixed %d requests/s for %d s (%d requests): p50 %.1f ms, p99 %.1f ms, "
                            + "max %.1f ms (target p99 < 50 ms: %s)%n", rate, seconds, latencies.length,
                    percentile(latencies, 50), p99, latencies[latencies.length - 1] / 1e6, p99 < 50 ? "met" : "NOT met");
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP TABLE bench_complaint");
            }
        }
    }

    static void verdict(String what, double ratio) {
        System.out.printf(Locale.ROOT, "%s: %.2f (target >= 0.5: %s)%n", what, ratio, ratio >= 0.5 ? "met" : "NOT met");
    }

    /** One unit of work, numbered. */
    interface Job {
        void run(int n) throws Exception;
    }

    /**
     * {@code workers} threads each doing jobs one after another, {@code count} jobs in all; returns jobs per second.
     * Each worker gets its own job from {@code jobs} (and closes it if it holds something, like a connection).
     */
    static double rate(int workers, int count, Callable<Job> jobs) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(workers);
        AtomicInteger next = new AtomicInteger();
        List<Job> prepared = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            prepared.add(jobs.call());
        }
        List<Future<?>> running = new ArrayList<>();
        long start = System.nanoTime();
        for (Job job : prepared) {
            running.add(threads.submit(() -> {
                for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                    job.run(n);
                }
                return null;
            }));
        }
        for (Future<?> each : running) {
            each.get();
        }
        double perSecond = count / ((System.nanoTime() - start) / 1e9);
        threads.shutdown();
        for (Job job : prepared) {
            if (job instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
        return perSecond;
    }

    /** A complaint-sized row per job, on a connection of its own in autocommit mode: each insert is one commit. */
    static final class JdbcInserts implements Job, AutoCloseable {

        private static final AtomicInteger ROWS = new AtomicInteger();
        private final Connection connection;
        private final PreparedStatement insert;

        JdbcInserts(DataSource dataSource) throws Exception {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            insert = connection.prepareStatement(INSERT);
        }

        @Override
        public void run(int n) throws Exception {
            Timestamp now = new Timestamp(System.currentTimeMillis() / 1000 * 1000);
            LocalDate today = LocalDate.now();
            insert.setString(1, String.format(Locale.ROOT, "B%08d-%06d", ROWS.incrementAndGet(), n % 1_000_000));
            insert.setString(2, "0".repeat(64));
            insert.setString(3, "1".repeat(32));
            insert.setString(4, "COMPLAINT");
            insert.setString(5, "API");
            insert.setString(6, "SUBMITTED");
            insert.setString(7, "低保名单没有公示 " + n);
            insert.setString(8, CONTENT);
            insert.setString(9, "张三丰");
            insert.setString(10, "13812345678");
            insert.setBoolean(11, false);
            insert.setTimestamp(12, now);
            insert.setObject(13, today);
            insert.setObject(14, today.plusDays(2));
            insert.setString(15, "benchmark");
            insert.setString(16, "127.0.0.1");
            insert.setTimestamp(17, now);
            insert.executeUpdate();
        }

        @Override
        public void close() throws Exception {
            insert.close();
            connection.close();
        }
    }

    /** The cost of one statement's round trip to the server, for comparison with a durable insert. */
    static final class JdbcPing implements Job, AutoCloseable {

        private final Connection connection;
        private final PreparedStatement ping;

        JdbcPing(DataSource dataSource) throws Exception {
            connection = dataSource.getConnection();
            ping = connection.prepareStatement("SELECT 1");
        }

        @Override
        public void run(int n) throws Exception {
            try (ResultSet r = ping.executeQuery()) {
                r.next();
            }
        }

        @Override
        public void close() throws Exception {
            ping.close();
            connection.close();
        }
    }

    /** Sends at a fixed rate whatever the answers do; latency counts from when each request was due to be sent. */
    static long[] fixedRate(URI url, int rate, int seconds) throws Exception {
        int total = rate * seconds;
        long interval = 1_000_000_000L / rate;
        long[] latencies = new long[total];
        ExecutorService senders = Executors.newFixedThreadPool(64);
        List<Future<?>> sent = new ArrayList<>(total);
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            int n = i;
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            sent.add(senders.submit(() -> {
                send(url, complaint(2_000_000 + n));
                latencies[n] = System.nanoTime() - due;
                return null;
            }));
        }
        for (Future<?> each : sent) {
            each.get(60, TimeUnit.SECONDS);
        }
        senders.shutdown();
        Arrays.sort(latencies);
        return latencies;
    }

    /** One request; the answer is read to the end so that its connection goes back to the pool for the next one. */
    static void send(URI uri, byte[] body) throws IOException {
        ClassicHttpRequest request;
        int expected;
        if (body == null) {
            request = new HttpGet(uri);
            expected = 200;
        } else {
            HttpPost post = new HttpPost(uri);
            post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_FORM_URLENCODED));
            request = post;
            expected = 201;
        }
        HTTP.execute(request, response -> {
            String answer = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            if (response.getCode() != expected) {
                throw new IllegalStateException("HTTP " + response.getCode() + ": " + answer);
            }
            return null;
        });
    }

    static byte[] complaint(int n) {
        return (form("api_key", KEY) + "&" + form("service_code", "COMPLAINT") + "&" + form("description", CONTENT)
                + "&" + form("attribute[subject]", "低保名单没有公示 " + n) + "&" + form("last_name", "张")
                + "&" + form("first_name", "三丰") + "&" + form("phone", "13812345678")).getBytes(StandardCharsets.UTF_8);
    }

    static String form(String key, String value) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    static String describe(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT VERSION(), @@innodb_flush_log_at_trx_commit, @@log_bin, @@sync_binlog")) {
            r.next();
            return r.getString(1) + " at " + c.getMetaData().getURL().replaceAll("\\?.*", "")
                    + ", innodb_flush_log_at_trx_commit=" + r.getString(2) + ", log_bin=" + r.getString(3)
                    + ", sync_binlog=" + r.getString(4);
        }
    }
}
