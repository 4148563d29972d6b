package org.sunshine.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault drill of issue 14 (docs/reliability.md): 8 partner clients file complaints through the API of the release
 * jar on the machine's MariaDB, each with its own ticket id and retrying a ticket until it is acknowledged, as the
 * 12345 hotline does; meanwhile the application is killed with {@code kill -9} and started again, then the database.
 * At the end every acknowledged ticket must be stored (lost = 0), none twice (duplicates = 0), and every answer seen
 * while the database was down must be 503, never 500. Exits 1 if not.
 * <p>
 * Run by {@code ops/drill/fault-drill.sh}, which builds the jar and makes sure the database runs again afterwards.
 * Settings (environment): {@code DRILL_JAR}, {@code DRILL_PORT} (18391), {@code DRILL_DB} (sunshine_drill, dropped
 * and created afresh), {@code DRILL_DB_USER} (root), {@code DRILL_DB_PASSWORD}, {@code DRILL_DB_PIDFILE}
 * (/run/mysqld/mysqld.pid), {@code DRILL_DB_START} (the shell command that starts the server), {@code DRILL_CLIENTS}.
 */
public final class FaultDrill {

    private static final String KEY = "drill-key";
    private static final String CLIENT_NAME = "fault-drill";
    private static final Pattern REQUEST_ID = Pattern.compile("\"service_request_id\":\"([^\"]+)\"");
    private static final Duration HARD_LIMIT = Duration.ofMinutes(10);
    private static final int MAX_TICKETS_PER_CLIENT = 5000;

    enum Phase {
        WARM_UP("running"),
        APP_DOWN("application killed (kill -9) and restarting"),
        APP_BACK("application restarted"),
        DB_DOWN("database killed (kill -9) until filing works again"),
        DB_BACK("database restarted");

        final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    private final String jar = env("DRILL_JAR", "target/sunshine.jar");
    private final int port = Integer.parseInt(env("DRILL_PORT", "18391"));
    private final String database = env("DRILL_DB", "sunshine_drill");
    private final String dbUser = env("DRILL_DB_USER", "root");
    private final String dbPassword = env("DRILL_DB_PASSWORD", "");
    private final Path dbPidFile = Path.of(env("DRILL_DB_PIDFILE", "/run/mysqld/mysqld.pid"));
    private final String dbStart = env("DRILL_DB_START", "mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld && "
            + "start-stop-daemon --start --oknodo --background --chuid mysql --exec /usr/sbin/mariadbd");
    private final int clients = Integer.parseInt(env("DRILL_CLIENTS", "8"));
    private final String serverUrl = "jdbc:mysql://127.0.0.1:3306/?useSSL=false&allowPublicKeyRetrieval=true";
    private final Path logs = Path.of("target", "fault-drill");
    private final long deadline = System.nanoTime() + HARD_LIMIT.toNanos();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();
    private volatile Phase phase = Phase.WARM_UP;
    private volatile boolean running = true;
    /** Answers by phase and status; -1 is no answer at all (connection refused or reset). */
    private final Map<Phase, Map<Integer, AtomicInteger>> answers = new ConcurrentHashMap<>();
    /** The acknowledged tickets and the request id each was acknowledged with. */
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger repeats = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile long lastAcknowledged;
    private Process app;
    private int starts;

    public static void main(String[] args) throws Exception {
        System.exit(new FaultDrill().run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        Files.createDirectories(logs);
        String version = prepareDatabase();
        List<Thread> threads = new ArrayList<>();
        try {
            startApp();
            for (int c = 1; c <= clients; c++) {
                int client = c;
                Thread thread = new Thread(() -> file(client), "drill-client-" + client);
                thread.start();
                threads.add(thread);
            }
            pause(Duration.ofSeconds(15));

            phase = Phase.APP_DOWN;
            log("kill -9 of the application (pid " + app.pid() + ")");
            app.destroyForcibly().waitFor();
            startApp();
            phase = Phase.APP_BACK;
            pause(Duration.ofSeconds(15));

            long pid = databasePid();
            phase = Phase.DB_DOWN;
            log("kill -9 of mariadbd (pid " + pid + ")");
            ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
            server.destroyForcibly();
            server.onExit().get();
            pause(Duration.ofSeconds(10));
            startDatabase();
            long back = System.nanoTime();
            while (lastAcknowledged < back && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            log("filing works again " + Duration.ofNanos(System.nanoTime() - back).toMillis() + " ms after the database");
            phase = Phase.DB_BACK;
            pause(Duration.ofSeconds(15));
        } finally {
            running = false;
            for (Thread thread : threads) {
                thread.join(60_000);
            }
            if (app != null) {
                app.destroy();
                app.waitFor();
            }
            ensureDatabaseRuns();
        }
        return report(version);
    }

    /** One partner: its own tickets in turn, each sent again until acknowledged (200 or 201). */
    private void file(int client) {
        for (int n = 1; n <= MAX_TICKETS_PER_CLIENT && running; n++) {
            String ticket = "drill-" + client + "-" + n;
            boolean first = true;
            while (running && System.nanoTime() < deadline) {
                int status;
                String body = "";
                try {
                    HttpResponse<String> response = http.send(request(ticket, first), HttpResponse.BodyHandlers.ofString());
                    status = response.statusCode();
                    body = response.body();
                } catch (IOException e) {
                    status = -1;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                first = false;
                count(phase, status); // by the phase in which the answer came: one sent before a kill counts after it
                if (status == 200 || status == 201) {
                    Matcher id = REQUEST_ID.matcher(body);
                    acknowledged.put(ticket, id.find() ? id.group(1) : "?");
                    if (status == 200) {
                        repeats.incrementAndGet();
                    }
                    lastAcknowledged = System.nanoTime();
                    break;
                }
                if (status >= 400 && status < 500 && status != 429) {
                    refused.incrementAndGet();
                    break;
                }
                sleep(250); // sooner than Retry-After asks, to see every answer of the outage
            }
        }
    }

    private HttpRequest request(String ticket, boolean first) {
        String form = "api_key=" + KEY + "&service_code=COMPLAINT&partner_ticket_id=" + ticket
                + "&attribute%5Bsubject%5D=" + encode("故障演练 " + ticket)
                + "&description=" + encode("故障演练的诉求 " + ticket + (first ? "" : "（重发）"));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/open311/v2/requests.json"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "zh-CN").POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private void count(Phase during, int status) {
        answers.computeIfAbsent(during, p -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }

    private boolean report(String version) throws SQLException {
        Map<String, String> stored = new HashMap<>();
        int rows = 0;
        try (Connection db = DriverManager.getConnection(serverUrl, dbUser, dbPassword); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT partner_ticket_id, tracking_code FROM " + database
                     + ".complaint WHERE api_client = '" + CLIENT_NAME + "'")) {
            while (r.next()) {
                rows++;
                stored.merge(r.getString(1), r.getString(2), (a, b) -> a + "," + b);
            }
        }
        long lost = acknowledged.entrySet().stream()
                .filter(e -> !e.getValue().equals(stored.get(e.getKey()))).count();
        int duplicates = rows - stored.size();
        long unanswered = stored.keySet().stream().filter(t -> !acknowledged.containsKey(t)).count();
        Map<Integer, AtomicInteger> outage = answers.getOrDefault(Phase.DB_DOWN, Map.of());
        long wrong = outage.entrySet().stream().filter(e -> e.getKey() != 503 && e.getKey() != -1 && e.getKey() != 200
                && e.getKey() != 201).mapToLong(e -> e.getValue().get()).sum();

        System.out.println();
        System.out.println("Fault drill: " + clients + " clients, " + jar + ", " + version + " at 127.0.0.1:3306/" + database);
        for (Phase p : Phase.values()) {
            System.out.printf("  %-52s %s%n", p.label, describe(answers.getOrDefault(p, Map.of())));
        }
        System.out.println("acknowledged:  " + acknowledged.size() + " tickets (" + repeats.get()
                + " of them by a repeat answered 200 with the first complaint)");
        System.out.println("stored:        " + stored.size() + " tickets in " + rows + " complaints ("
                + unanswered + " stored whose answer was never seen: in flight at a kill, or sent last)");
        System.out.println("lost:          " + lost);
        System.out.println("duplicates:    " + duplicates);
        System.out.println("refused (4xx): " + refused.get());
        System.out.println("answers while the database was down: " + describe(outage));
        boolean ok = lost == 0 && duplicates == 0 && wrong == 0 && refused.get() == 0
                && outage.getOrDefault(503, new AtomicInteger()).get() > 0;
        System.out.println(ok ? "RESULT: PASS" : "RESULT: FAIL");
        return ok;
    }

    private static String describe(Map<Integer, AtomicInteger> byStatus) {
        if (byStatus.isEmpty()) {
            return "-";
        }
        StringBuilder text = new StringBuilder();
        new TreeMap<>(byStatus).forEach((status, n) -> text.append(text.isEmpty() ? "" : ", ")
                .append(status == -1 ? "no answer (refused or reset)" : status.toString()).append(" × ").append(n.get()));
        return text.toString();
    }

    private String prepareDatabase() throws Exception {
        waitForDatabase(Duration.ofSeconds(60));
        try (Connection db = DriverManager.getConnection(serverUrl, dbUser, dbPassword); Statement s = db.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            try (ResultSet r = s.executeQuery("SELECT VERSION()")) {
                r.next();
                return "MariaDB/MySQL " + r.getString(1);
            }
        }
    }

    private void startApp() throws Exception {
        starts++;
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx1g", "-jar", Path.of(jar).toAbsolutePath().toString());
        Map<String, String> env = builder.environment();
        env.put("DATASOURCES_DEFAULT_URL", "jdbc:mysql://127.0.0.1:3306/" + database + "?useSSL=false&allowPublicKeyRetrieval=true");
        env.put("DATASOURCES_DEFAULT_USERNAME", dbUser);
        env.put("DATASOURCES_DEFAULT_PASSWORD", dbPassword);
        env.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        env.put("SUNSHINE_COMPLAINTS_API_CLIENTS", KEY + ":" + CLIENT_NAME);
        builder.redirectErrorStream(true).redirectOutput(logs.resolve("app-" + starts + ".log").toFile());
        long started = System.nanoTime();
        app = builder.start();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The application stopped; see " + logs.resolve("app-" + starts + ".log"));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    log("application up (pid " + app.pid() + ") in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            sleep(250);
        }
        throw new IllegalStateException("The application did not start in time");
    }

    /** The server's pid, from its pid file, checked to be mariadbd (or mysqld) before anything is killed. */
    private long databasePid() throws IOException {
        long pid = Long.parseLong(Files.readString(dbPidFile).strip());
        String exe = Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "exe")).getFileName().toString();
        if (!exe.equals("mariadbd") && !exe.equals("mysqld")) {
            throw new IllegalStateException("pid " + pid + " from " + dbPidFile + " is " + exe + ", not the database server");
        }
        return pid;
    }

    private void startDatabase() throws Exception {
        log("starting the database: " + dbStart);
        Process start = new ProcessBuilder("sh", "-c", dbStart).inheritIO().start();
        if (start.waitFor() != 0) {
            throw new IllegalStateException("The database start command failed: " + dbStart);
        }
        long started = System.nanoTime();
        waitForDatabase(Duration.ofSeconds(120));
        log("database accepts connections again after " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
    }

    private void ensureDatabaseRuns() throws Exception {
        try (Connection ignored = DriverManager.getConnection(serverUrl, dbUser, dbPassword)) {
            return;
        } catch (SQLException down) {
            startDatabase();
        }
    }

    private void waitForDatabase(Duration limit) throws InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        while (true) {
            try (Connection ignored = DriverManager.getConnection(serverUrl, dbUser, dbPassword)) {
                return;
            } catch (SQLException e) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("The database does not accept connections: " + e.getMessage(), e);
                }
                Thread.sleep(200);
            }
        }
    }

    private void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void log(String text) {
        System.out.printf("[%tT] %s%n", System.currentTimeMillis(), text);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
