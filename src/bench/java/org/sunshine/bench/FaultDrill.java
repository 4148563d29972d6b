package org.sunshine.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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
    private static final Duration HARD_LIMIT = Duration.ofMinutes(10);

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
    private final DrillClients filing = new DrillClients("http://127.0.0.1:" + port, KEY, "drill", Phase.WARM_UP.label,
            deadline);
    private Process app;
    private int starts;

    public static void main(String[] args) throws Exception {
        System.exit(new FaultDrill().run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        Files.createDirectories(logs);
        String version = prepareDatabase();
        try {
            startApp();
            filing.start(clients);
            pause(Duration.ofSeconds(15));

            filing.phase(Phase.APP_DOWN.label);
            log("kill -9 of the application (pid " + app.pid() + ")");
            app.destroyForcibly().waitFor();
            startApp();
            filing.phase(Phase.APP_BACK.label);
            pause(Duration.ofSeconds(15));

            long pid = databasePid();
            filing.phase(Phase.DB_DOWN.label);
            log("kill -9 of mariadbd (pid " + pid + ")");
            ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
            server.destroyForcibly();
            server.onExit().get();
            pause(Duration.ofSeconds(10));
            startDatabase();
            long back = System.nanoTime();
            log("filing works again " + filing.awaitFilingAfter(back) + " ms after the database");
            filing.phase(Phase.DB_BACK.label);
            pause(Duration.ofSeconds(15));
        } finally {
            filing.stop();
            if (app != null) {
                app.destroy();
                app.waitFor();
            }
            ensureDatabaseRuns();
        }
        return report(version);
    }

    private boolean report(String version) throws SQLException {
        DrillClients.Outcome outcome;
        try (Connection db = DriverManager.getConnection(serverUrl, dbUser, dbPassword)) {
            outcome = filing.check(db, database, CLIENT_NAME);
        }
        Map<Integer, AtomicInteger> outage = filing.answers(Phase.DB_DOWN.label);
        long wrong = filing.wrong(List.of(Phase.DB_DOWN.label),
                status -> status == 503 || status == DrillClients.NO_ANSWER || status == 200 || status == 201);

        System.out.println();
        System.out.println("Fault drill: " + clients + " clients, " + jar + ", " + version + " at 127.0.0.1:3306/" + database);
        for (Phase p : Phase.values()) {
            System.out.printf("  %-52s %s%n", p.label, DrillClients.describe(filing.answers(p.label)));
        }
        outcome.print();
        System.out.println("answers while the database was down: " + DrillClients.describe(outage));
        boolean ok = outcome.clean() && wrong == 0 && outage.getOrDefault(503, new AtomicInteger()).get() > 0;
        System.out.println(ok ? "RESULT: PASS" : "RESULT: FAIL");
        return ok;
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
            DrillClients.sleep(250);
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

    private static void log(String text) {
        System.out.printf("[%tT] %s%n", System.currentTimeMillis(), text);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
