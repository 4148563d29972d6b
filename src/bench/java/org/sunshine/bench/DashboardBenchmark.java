package org.sunshine.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.sunshine.dashboard.Dashboard;
import org.sunshine.demo.HistoryGenerator;
import org.sunshine.directory.DepartmentType;
import org.sunshine.scoreboard.Scoreboard;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.statistics.StatisticsRefresh;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import static org.sunshine.bench.Timings.load;
import static org.sunshine.bench.Timings.max;
import static org.sunshine.bench.Timings.median;
import static org.sunshine.bench.Timings.times;

/**
 * How fast the dashboard and the public scoreboard answer on a year of a big city: 1,000,000 complaints over
 * 200 departments and the 7 key areas (written by {@link HistoryGenerator}, as the demo's history is, without
 * timelines), and four locked quarters of results for the 200 departments. Then, after a warm-up, it times every
 * query the two screens and the open data make (target: each under 0.5 s) and the statistics' refresh: the full
 * rebuild of the year and a regular five-minute run.
 * Uses {@code DATASOURCES_DEFAULT_URL} if set (an empty database of its own), else an embedded MariaDB.
 * Run: {@code mvn -Pbench test-compile exec:exec@dashboard} (docs/performance.md has the figures).
 */
public final class DashboardBenchmark {

    static final int COMPLAINTS = Integer.getInteger("bench.complaints", 1_000_000);
    static final int RUNS = Integer.getInteger("bench.runs", 20);

    private final ApplicationContext context;
    private final DataSource dataSource;
    private final LocalDate today;

    private DashboardBenchmark(ApplicationContext context) {
        this.context = context;
        this.dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        Clock clock = context.getBean(Clock.class);
        this.today = LocalDate.now(clock);
    }

    public static void main(String[] args) {
        try {
            try (ApplicationContext context = ApplicationContext.builder()
                    .environments("bench")
                    .properties(Map.of(
                            "micronaut.server.port", -1,
                            "sunshine.demo-data", false,
                            "sunshine.embedded-db.temporary", true,
                            "sunshine.complaints.auto-close", false,
                            "sunshine.statistics.scheduled-refresh", false))
                    .start()) {
                new DashboardBenchmark(context).measure();
            }
            System.exit(0);
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(1);
        }
    }

    private void measure() throws Exception {
        System.out.println("Database: " + IntakeBenchmark.describe(dataSource));
        System.out.println("Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", " + Runtime.getRuntime().availableProcessors() + " processors, max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB" + load());
        BenchCity city = new BenchCity(context);
        city.requireEmpty();

        long start = System.nanoTime();
        city.directory();
        List<Long> departments = city.departments;
        List<Long> areas = city.areas;
        long inspector = city.inspector;
        System.out.printf(Locale.ROOT, "Directory: %d departments, %d key areas (%.1f s)%n", departments.size(), areas.size(),
                (System.nanoTime() - start) / 1e9);

        start = System.nanoTime();
        HistoryGenerator.Summary history = city.complaints(COMPLAINTS);
        System.out.printf(Locale.ROOT, "Generated %d complaints from %s to %s: %s (%.0f s, %.0f complaints/s)%n",
                history.complaints(), today.minusYears(1), today.minusDays(1), history.byState(),
                (System.nanoTime() - start) / 1e9, history.complaintsPerSecond());

        start = System.nanoTime();
        List<Long> quarters = city.lockedQuarters();
        System.out.printf(Locale.ROOT, "Four quarters of %d departments scored and locked (%.0f s)%n", departments.size(),
                (System.nanoTime() - start) / 1e9);
        city.analyze("complaint", "period_result", "result_revision", "finding");

        StatisticsRefresh refresh = context.getBean(StatisticsRefresh.class);
        start = System.nanoTime();
        int months = refresh.rebuild();
        System.out.printf(Locale.ROOT, "Statistics rebuilt: %d months of %d complaints in %.1f s (once, on a first start)%n",
                months, history.complaints(), (System.nanoTime() - start) / 1e9);
        long[] refreshTimes = times(3, refresh::refresh);
        System.out.printf(Locale.ROOT, "Statistics refresh (the current month and the two before, every 5 minutes): "
                + "median %.0f ms, max %.0f ms%n", median(refreshTimes), max(refreshTimes));

        Dashboard dashboard = context.getBean(Dashboard.class);
        Scoreboard scoreboard = context.getBean(Scoreboard.class);
        SignedInUser leader = new SignedInUser(inspector, "bench.leader", "bench", Role.LEADER, null);
        long latest = quarters.get(quarters.size() - 1);
        Dashboard.Filter all = new Dashboard.Filter(latest, null, null);
        Dashboard.Filter narrow = new Dashboard.Filter(latest, areas.get(1), DepartmentType.DIRECTLY_AFFILIATED);
        Map<String, Supplier<?>> queries = new LinkedHashMap<>();
        queries.put("dashboard: ranking of the period (200 departments)", () -> dashboard.ranking(all, leader));
        queries.put("dashboard: score trend (4 locked quarters x 200)", () -> dashboard.trend(all, leader));
        queries.put("dashboard: complaints by month and key area (12 months)", () -> dashboard.complaintsByMonth(all, leader));
        queries.put("dashboard: complaints by month, one area, one kind", () -> dashboard.complaintsByMonth(narrow, leader));
        queries.put("dashboard: on-time and satisfaction rates by department", () -> dashboard.rates(all, leader));
        queries.put("dashboard: rates, one area, one kind", () -> dashboard.rates(narrow, leader));
        queries.put("dashboard: overdue and due soon now", () -> dashboard.overdue(all, leader));
        queries.put("dashboard: overdue now, one area, one kind", () -> dashboard.overdue(narrow, leader));
        queries.put("dashboard: findings by state", () -> dashboard.findings(all, leader));
        queries.put("dashboard: bulletins with receipts and problems", () -> dashboard.bulletins(all, leader));
        queries.put("scoreboard: periods", scoreboard::periods);
        queries.put("scoreboard / open data: ranking", () -> scoreboard.ranking(latest));
        queries.put("scoreboard / open data: figures by department", () -> scoreboard.figures(latest));
        for (int i = 0; i < 5; i++) {
            queries.values().forEach(Supplier::get);
        }
        double worst = 0;
        for (Map.Entry<String, Supplier<?>> q : queries.entrySet()) {
            long[] t = times(RUNS, q.getValue());
            worst = Math.max(worst, max(t));
            System.out.printf(Locale.ROOT, "  %-60s median %5.0f ms, max %5.0f ms%n", q.getKey(), median(t), max(t));
        }
        System.out.printf(Locale.ROOT, "every dashboard and scoreboard query on %d complaints: worst max %.0f ms "
                + "(target < 500 ms: %s)%n", history.complaints(), worst, worst < 500 ? "met" : "NOT met");
        System.out.println("At the end" + load());
    }
}
