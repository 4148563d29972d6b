package org.sunshine.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.sunshine.calendar.Warning;
import org.sunshine.demo.RequestHistory;
import org.sunshine.inforequest.RequestFilter;
import org.sunshine.inforequest.RequestQueries;
import org.sunshine.inforequest.RequestState;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.sunshine.bench.Timings.load;
import static org.sunshine.bench.Timings.max;
import static org.sunshine.bench.Timings.median;
import static org.sunshine.bench.Timings.times;

/**
 * How fast the applications' staff lists answer at 100,000 applications over 200 organs (a year, written by the
 * demo's bulk path {@link RequestHistory}, with their steps and letters): for the inspector (all organs) and an
 * organ's handler, each list a screen shows — the default (open, by due date), 全部, red, yellow, late confirmations,
 * one organ, a number, a word, page 50 — as one page of 50 rows and its count, the two queries a grid page makes.
 * Target: each under 0.5 s. Uses {@code DATASOURCES_DEFAULT_URL} if set (an empty database of its own), else an
 * embedded MariaDB. Run: {@code mvn -Pbench test-compile exec:exec@requests} (figures in docs/performance.md).
 */
public final class RequestBenchmark {

    static final int DEPARTMENTS = 200;
    static final int REQUESTS = Integer.getInteger("bench.requests", 100_000);
    static final int RUNS = Integer.getInteger("bench.runs", 10);

    private final ApplicationContext context;
    private final DataSource dataSource;
    private final Instant now;

    private RequestBenchmark(ApplicationContext context) {
        this.context = context;
        this.dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        Clock clock = context.getBean(Clock.class);
        this.now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
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
                            "sunshine.inforequests.auto-terminate", false,
                            "sunshine.statistics.scheduled-refresh", false))
                    .start()) {
                new RequestBenchmark(context).measure();
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
        long start = System.nanoTime();
        List<RequestHistory.Department> departments = directory();
        long office = departments.get(0).id();
        RequestHistory.Summary summary = applications(context, departments, office, REQUESTS);
        System.out.printf(Locale.ROOT, "Generated %d applications over %d organs: %s, %d steps (%.0f s)%n",
                summary.requests(), departments.size(), summary.byState(), summary.events(),
                (System.nanoTime() - start) / 1e9);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE info_request");
        }

        RequestQueries queries = context.getBean(RequestQueries.class);
        long busiest = departments.get(1).id();
        SignedInUser inspector = new SignedInUser(1, "bench.insp", "bench", Role.INSPECTOR, null);
        SignedInUser handler = new SignedInUser(2, "bench.handler", "bench", Role.HANDLER, busiest);
        RequestFilter open = RequestFilter.ALL.withStates(RequestFilter.OPEN);
        String number = sampleNumber();
        Map<String, Supplier<?>> lists = new LinkedHashMap<>();
        lists.put("inspector: open, by due date (the default)", page(queries, open, inspector, 0));
        lists.put("inspector: 全部", page(queries, RequestFilter.ALL, inspector, 0));
        lists.put("inspector: red (overdue)", page(queries, open.withWarning(Warning.RED), inspector, 0));
        lists.put("inspector: yellow (due soon)", page(queries, open.withWarning(Warning.YELLOW), inspector, 0));
        lists.put("inspector: late confirmations", page(queries, new RequestFilter(null, Set.of(), null, true, null,
                null, null, null, null, null), inspector, 0));
        lists.put("inspector: one organ, all", page(queries, new RequestFilter(busiest, Set.of(), null, false, null,
                null, null, null, null, null), inspector, 0));
        lists.put("inspector: ended, replied", page(queries, RequestFilter.ALL.withStates(Set.of(RequestState.REPLIED)),
                inspector, 0));
        lists.put("inspector: an application number", page(queries, text(number), inspector, 0));
        lists.put("inspector: a word (最低生活保障)", page(queries, text("最低生活保障"), inspector, 0));
        lists.put("inspector: 全部, page 50", page(queries, RequestFilter.ALL, inspector, 50));
        lists.put("handler: open, by due date (the default)", page(queries, open, handler, 0));
        lists.put("handler: 全部", page(queries, RequestFilter.ALL, handler, 0));
        lists.put("handler: red (overdue)", page(queries, open.withWarning(Warning.RED), handler, 0));
        lists.put("handler: yellow (due soon)", page(queries, open.withWarning(Warning.YELLOW), handler, 0));
        for (int i = 0; i < 3; i++) {
            lists.values().forEach(Supplier::get);
        }
        double worst = 0;
        for (Map.Entry<String, Supplier<?>> q : lists.entrySet()) {
            long[] t = times(RUNS, q.getValue());
            worst = Math.max(worst, max(t));
            System.out.printf(Locale.ROOT, "  %-48s %8s  median %5.0f ms, max %5.0f ms%n", q.getKey(), q.getValue().get(),
                    median(t), max(t));
        }
        System.out.printf(Locale.ROOT, "every application list (a page of 50 and its count) on %d applications: worst "
                + "max %.0f ms (target < 500 ms: %s)%n", summary.requests(), worst, worst < 500 ? "met" : "NOT met");
        System.out.println("At the end" + load());
    }

    /**
     * A year of applications to yesterday over the organs, by the demo's bulk path (each played through its life,
     * with its steps, letters, consultations and remedies); {@code office} handles the city government's.
     */
    static RequestHistory.Summary applications(ApplicationContext context, List<RequestHistory.Department> organs,
                                               long office, int count) {
        Clock clock = context.getBean(Clock.class);
        LocalDate today = LocalDate.now(clock);
        return context.getBean(RequestHistory.class).generate(new RequestHistory.Spec(today.minusYears(1),
                today.minusDays(1), count, organs, office, 7L, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)));
    }

    /** A page of 50 rows and the count, as a grid asks; answers the count (printed with the figures). */
    private static Supplier<Object> page(RequestQueries queries, RequestFilter filter, SignedInUser viewer, int page) {
        return () -> {
            queries.search(filter, viewer, page, 50);
            return queries.count(filter, viewer) + " rows";
        };
    }

    private static RequestFilter text(String text) {
        return new RequestFilter(null, Set.of(), null, false, null, null, null, null, null, text);
    }

    private String sampleNumber() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT request_no FROM info_request ORDER BY id DESC LIMIT 1")) {
            r.next();
            return r.getString(1);
        }
    }

    /** The city government's office and 199 departments. */
    private List<RequestHistory.Department> directory() throws Exception {
        List<RequestHistory.Department> departments = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement d = c.prepareStatement("INSERT INTO department (code, name, short_name, type, sort_order, "
                    + "active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?)")) {
                for (int i = 1; i <= DEPARTMENTS; i++) {
                    d.setString(1, String.format(Locale.ROOT, "R%03d", i));
                    d.setString(2, String.format(Locale.ROOT, "基准测试机关%03d", i));
                    d.setString(3, String.format(Locale.ROOT, "机关%03d", i));
                    d.setString(4, i == 1 ? "GOVERNMENT_OFFICE" : "GOVERNMENT_DEPARTMENT");
                    d.setInt(5, i);
                    d.setTimestamp(6, Timestamp.from(now));
                    d.setTimestamp(7, Timestamp.from(now));
                    d.addBatch();
                }
                d.executeBatch();
            }
            c.commit();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT id, code, short_name FROM department WHERE code LIKE 'R%' ORDER BY code")) {
                while (r.next()) {
                    departments.add(new RequestHistory.Department(r.getLong(1), "MZJ", r.getString(3)));
                }
            }
        }
        return departments;
    }
}
