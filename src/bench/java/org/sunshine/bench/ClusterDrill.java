package org.sunshine.bench;

import java.io.IOException;
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
import java.util.Arrays;
import java.util.List;

/**
 * The fault drill on the local cluster (docs/reliability.md, "On the cluster"; ops/cluster/fault-drill.sh): while 8
 * partner clients file complaints through HAProxy ({@link DrillClients}) and two members of staff work in browsers
 * ({@link StaffSession}: the inspector and a department's handler, signed in through HAProxy), it kills with
 * {@code kill -9} the application node the inspector is on and starts it again, then the Galera node that is the
 * writer and lets it rejoin (IST) until HAProxy makes it the writer again. Prints acknowledged, stored, lost,
 * duplicates, the answers by phase, how long until filing worked again, and what the staff saw. Exits 1 if a ticket
 * is lost or stored twice, or anyone got a 500.
 * <p>
 * Needs the cluster running with the demo (ops/cluster/start.sh). Settings (environment): {@code CLUSTER_DB},
 * {@code CLUSTER_DB_USER}, {@code CLUSTER_DB_PASSWORD}, {@code CLUSTER_API_CLIENTS} (as start.sh),
 * {@code CLUSTER_HOME}, {@code DRILL_CLIENTS} (8).
 */
public final class ClusterDrill {

    private static final Duration HARD_LIMIT = Duration.ofMinutes(10);
    private static final String BASE = "http://127.0.0.1:18310";

    enum Phase {
        RUNNING("running"),
        APP_DOWN("application node killed (kill -9) until healthy again"),
        APP_BACK("application node restarted"),
        DB_DOWN("writer Galera node killed (kill -9), 10 s down"),
        DB_REJOIN("it restarts, rejoins (IST), is the writer again"),
        DB_BACK("cluster whole again");

        final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    private final String database = env("CLUSTER_DB", "sunshine");
    private final String dbUser = env("CLUSTER_DB_USER", "sunshine");
    private final String dbPassword = env("CLUSTER_DB_PASSWORD", "sunshine-cluster");
    private final String apiClient = env("CLUSTER_API_CLIENTS", "cluster-drill-key:cluster-drill");
    private final Path home = Path.of(env("CLUSTER_HOME", "/var/lib/sunshine-cluster"));
    private final int clients = Integer.parseInt(env("DRILL_CLIENTS", "8"));
    private final String url = "jdbc:mysql://127.0.0.1:3310/" + database + "?useSSL=false&allowPublicKeyRetrieval=true";
    private final long deadline = System.nanoTime() + HARD_LIMIT.toNanos();
    private final String key = apiClient.substring(0, apiClient.indexOf(':'));
    private final String clientName = apiClient.substring(apiClient.indexOf(':') + 1).split(",")[0];
    private final DrillClients filing = new DrillClients(BASE, key, "cdrill-" + System.currentTimeMillis() / 1000,
            Phase.RUNNING.label, deadline);
    private final List<StaffSession> staff = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        System.setProperty("bench.wait", "30");
        System.exit(new ClusterDrill().run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        String version = query("SELECT VERSION()");
        staff.add(new StaffSession(BASE, "inspector", List.of("workbench", "complaints",
                "complaints/" + query("SELECT MAX(id) FROM complaint WHERE api_client IS NULL"))));
        staff.add(new StaffSession(BASE, "handler", List.of("workbench", "complaints", "complaints/" + query(
                "SELECT MAX(c.id) FROM complaint c JOIN app_user u ON u.department_id = c.department_id"
                        + " WHERE u.username = 'handler'"))));
        String appNode = null;
        String dbNode = null;
        try {
            for (StaffSession s : staff) {
                note(s.login() + " signed in on " + s.signIn());
            }
            filing.start(clients);
            staff.forEach(s -> s.start(Phase.RUNNING.label));
            pause(15);

            appNode = staff.get(0).node().replace("app", "");
            phase(Phase.APP_DOWN);
            long killed = System.nanoTime();
            node("kill", "app", appNode);
            node("start", "app", appNode);
            note("filing through HAProxy worked " + filing.awaitFilingAfter(killed) + " ms after the kill of app" + appNode);
            node("wait", "app", appNode);
            note("app" + appNode + " healthy again " + millisSince(killed) + " ms after its kill");
            phase(Phase.APP_BACK);
            pause(15);

            dbNode = query("SELECT @@wsrep_node_name").replace("db", "");
            Path log = home.resolve("db" + dbNode).resolve("error.log");
            long logFrom = Files.size(log);
            phase(Phase.DB_DOWN);
            killed = System.nanoTime();
            node("kill", "db", dbNode);
            note("filing worked again " + filing.awaitFilingAfter(killed) + " ms after the kill of db" + dbNode
                    + " (writer now: " + query("SELECT @@wsrep_node_name") + ")");
            Thread.sleep(Math.max(0, 10_000 - millisSince(killed)));
            phase(Phase.DB_REJOIN);
            long restarted = System.nanoTime();
            node("start", "db", dbNode);
            node("wait", "db", dbNode);
            note("db" + dbNode + " Synced " + millisSince(restarted) + " ms after its start, by "
                    + transfer(new String(Arrays.copyOfRange(Files.readAllBytes(log), (int) logFrom, (int) Files.size(log)),
                    StandardCharsets.UTF_8)));
            while (!query("SELECT @@wsrep_node_name").equals("db" + dbNode) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            long back = System.nanoTime();
            note("db" + dbNode + " the writer again " + millisSince(restarted) + " ms after its start; filing "
                    + filing.awaitFilingAfter(back) + " ms later");
            phase(Phase.DB_BACK);
            pause(15);
        } finally {
            filing.stop();
            for (StaffSession s : staff) {
                s.stop();
                s.close();
            }
            if (appNode != null) {
                node("start", "app", appNode);
            }
            if (dbNode != null) {
                node("start", "db", dbNode);
            }
        }
        return report(version);
    }

    private boolean report(String version) throws SQLException {
        DrillClients.Outcome outcome;
        try (Connection db = DriverManager.getConnection(url, dbUser, dbPassword)) {
            outcome = filing.check(db, database, clientName);
        }
        List<String> labels = new ArrayList<>();
        for (Phase p : Phase.values()) {
            labels.add(p.label);
        }
        long errors = filing.wrong(labels, status -> status != 500);
        int staffErrors = staff.stream().mapToInt(s -> s.count(StaffSession.Seen.SERVER_ERROR)).sum();

        System.out.println();
        System.out.println("Cluster fault drill: " + clients + " clients through HAProxy " + BASE + ", 2 application nodes,"
                + " 3 Galera nodes (MariaDB " + version + "), staff: "
                + String.join(", ", staff.stream().map(StaffSession::login).toList()));
        notes.forEach(n -> System.out.println("  " + n));
        System.out.printf("  %-52s %s%n", "phase", "API answers");
        for (Phase p : Phase.values()) {
            System.out.printf("  %-52s %s%n", p.label, DrillClients.describe(filing.answers(p.label)));
        }
        outcome.print();
        System.out.println("500 answers:   " + errors);
        for (StaffSession s : staff) {
            System.out.println("staff " + s.login() + ":");
            for (Phase p : Phase.values()) {
                System.out.printf("  %-52s %s%n", p.label, s.describe(p.label));
            }
            s.events().forEach(e -> System.out.println("  " + e));
        }
        boolean ok = outcome.clean() && errors == 0 && staffErrors == 0;
        System.out.println(ok ? "RESULT: PASS" : "RESULT: FAIL");
        return ok;
    }

    private void phase(Phase p) {
        filing.phase(p.label);
        staff.forEach(s -> s.phase(p.label));
        log(p.label);
    }

    /** ops/cluster/node.sh ACTION KIND N, its output passed on. */
    private void node(String action, String kind, String n) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ops/cluster/node.sh", action, kind, n).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("ops/cluster/node.sh " + action + " " + kind + " " + n + " failed");
        }
    }

    /** How the node got what it missed, from its error log since its start. */
    private static String transfer(String log) {
        if (log.contains("IST received") || log.contains("Receiving IST")) {
            return "IST (incremental state transfer)";
        }
        if (log.contains("SST succeeded") || log.contains("SST received")) {
            return "SST (a full copy)";
        }
        return "no transfer seen in its log";
    }

    /** A one-value query through HAProxy, tried again while no node answers. */
    private String query(String sql) throws SQLException, InterruptedException {
        SQLException last = null;
        for (int i = 0; i < 100; i++) {
            try (Connection db = DriverManager.getConnection(url, dbUser, dbPassword); Statement s = db.createStatement();
                 ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getString(1);
            } catch (SQLException e) {
                last = e;
                Thread.sleep(200);
            }
        }
        throw last;
    }

    private void note(String text) {
        notes.add(text);
        log(text);
    }

    private static long millisSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
    }

    private static void pause(int seconds) throws InterruptedException {
        Thread.sleep(seconds * 1000L);
    }

    private static void log(String text) {
        System.out.printf("[%tT] %s%n", System.currentTimeMillis(), text);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
