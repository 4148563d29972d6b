package org.sunshine.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.sunshine.demo.HistoryGenerator;
import org.sunshine.demo.RequestHistory;
import org.sunshine.security.Role;
import org.sunshine.security.UserService;
import org.sunshine.statistics.StatisticsRefresh;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The screens benchmark's city, written once into an empty database and kept: {@link BenchCity} (200 departments,
 * 1,000,000 complaints of a year, four locked quarters), the complaints' contents made 130–300 characters long
 * ({@link BenchTexts}), 50,000 findings over the year with their rectifications and reports ({@link BenchFindings}),
 * 100,000 applications over the same 200 departments ({@link RequestBenchmark#applications}), the monthly statistics
 * built, {@code ANALYZE TABLE}, and last the two logins, {@code inspector} and {@code handler} (of the department with
 * the most complaints), password Sunshine2026. A database that already holds them is used as it is.
 */
final class ScreensData {

    static final int COMPLAINTS = Integer.getInteger("bench.complaints", 1_000_000);
    static final int FINDINGS = Integer.getInteger("bench.findings", 50_000);
    static final int REQUESTS = Integer.getInteger("bench.requests", 100_000);
    static final String PASSWORD = "Sunshine2026";
    private static final String[] ORGAN_CODES = {"MZJ", "ZJW", "GTJ", "HBJ", "JYJ", "WJW", "RSJ", "JTJ", "SCJ", "CZJ",
            "FGW", "GAJ", "SLJ"};

    /** What the timings need to know of the data. */
    record Facts(long complaints, long findings, long requests, long handlerDepartment, String departmentName,
                 String keyAreaName, long middleComplaint, long middleFinding, long middleRequest) {
    }

    private final ApplicationContext context;
    private final DataSource dataSource;

    ScreensData(ApplicationContext context) {
        this.context = context;
        this.dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
    }

    /** Fills an empty database, uses one that holds the benchmark's data, refuses any other. */
    Facts prepare() throws Exception {
        if (count("SELECT COUNT(*) FROM app_user WHERE username IN ('inspector', 'handler')") == 2
                && count("SELECT COUNT(*) FROM department WHERE code = 'D200'") == 1) {
            System.out.println("The database holds the benchmark's data: no fill");
        } else {
            fill();
        }
        return facts();
    }

    private void fill() throws Exception {
        BenchCity city = new BenchCity(context);
        city.requireEmpty();
        long start = System.nanoTime();
        city.directory();
        HistoryGenerator.Summary history = city.complaints(COMPLAINTS);
        System.out.printf(Locale.ROOT, "Generated %d complaints: %s (%.0f s)%n", history.complaints(), history.byState(),
                (System.nanoTime() - start) / 1e9);

        start = System.nanoTime();
        city.lockedQuarters();
        System.out.printf(Locale.ROOT, "Four quarters scored and locked (%.0f s)%n", (System.nanoTime() - start) / 1e9);

        start = System.nanoTime();
        lengthenComplaints();
        System.out.printf(Locale.ROOT, "Complaint contents lengthened (%.0f s)%n", (System.nanoTime() - start) / 1e9);

        start = System.nanoTime();
        Random random = new Random(18L);
        int n = city.departments.size();
        double[] quality = new double[n];
        for (int i = 0; i < n; i++) {
            quality[i] = 0.5 + 0.45 * random.nextDouble();
        }
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        BenchFindings findings = new BenchFindings(random, context.getBean(Clock.class).getZone(), city.departments, quality,
                // the busy departments more often: a long tail
                () -> Math.min(n - 1, (int) (n * Math.pow(random.nextDouble(), 2))), List.of(city.inspector), city.areas);
        BenchFindings.Written written;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            // filed over the year up to a month ago, so that the closed ones were closed by now
            written = findings.write(c, today.minusYears(1).plusDays(21), 336, FINDINGS, BenchTexts.findings());
            c.commit();
        }
        System.out.printf(Locale.ROOT, "%d findings, %d rectification reports (%.0f s)%n", written.findings(),
                written.reports(), (System.nanoTime() - start) / 1e9);

        start = System.nanoTime();
        List<RequestHistory.Department> organs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            organs.add(new RequestHistory.Department(city.departments.get(i), ORGAN_CODES[i % ORGAN_CODES.length],
                    String.format(Locale.ROOT, "部门%03d", i + 1)));
        }
        RequestHistory.Summary requests = RequestBenchmark.applications(context, organs, city.departments.get(0), REQUESTS);
        System.out.printf(Locale.ROOT, "Generated %d applications: %s (%.0f s)%n", requests.requests(), requests.byState(),
                (System.nanoTime() - start) / 1e9);

        start = System.nanoTime();
        city.analyze("complaint", "finding", "rectification", "rectification_report", "info_request", "period_result",
                "result_revision");
        int months = context.getBean(StatisticsRefresh.class).rebuild();
        System.out.printf(Locale.ROOT, "ANALYZE TABLE and the statistics of %d months (%.0f s)%n", months,
                (System.nanoTime() - start) / 1e9);

        UserService users = context.getBean(UserService.class);
        users.createInitial("inspector", "督查员", Role.INSPECTOR, null, PASSWORD);
        users.createInitial("handler", "承办人", Role.HANDLER, busiestDepartment(), PASSWORD);
    }

    /** Longer contents, in chunks of 50,000 complaints (one transaction each). */
    private void lengthenComplaints() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            long max = count("SELECT COALESCE(MAX(id), 0) FROM complaint");
            try (PreparedStatement u = c.prepareStatement("UPDATE complaint SET content = "
                    + BenchTexts.lengthenedContent() + " WHERE id > ? AND id <= ?")) {
                for (long from = 0; from < max; from += 50_000) {
                    u.setLong(1, from);
                    u.setLong(2, from + 50_000);
                    u.executeUpdate();
                    if (!c.getAutoCommit()) {
                        c.commit();
                    }
                }
            }
        }
    }

    private long busiestDepartment() throws Exception {
        return count("SELECT department_id FROM complaint WHERE department_id IS NOT NULL GROUP BY department_id "
                + "ORDER BY COUNT(*) DESC LIMIT 1");
    }

    private Facts facts() throws Exception {
        long handlerDepartment = count("SELECT department_id FROM app_user WHERE username = 'handler'");
        long complaints = count("SELECT COUNT(*) FROM complaint");
        long findings = count("SELECT COUNT(*) FROM finding");
        long requests = count("SELECT COUNT(*) FROM info_request");
        return new Facts(complaints, findings, requests, handlerDepartment,
                text("SELECT name FROM department WHERE id = " + handlerDepartment),
                text("SELECT name FROM key_area WHERE code = 'A2'"),
                count("SELECT id FROM complaint WHERE department_id = " + handlerDepartment + " ORDER BY id LIMIT 1 OFFSET "
                        + count("SELECT COUNT(*) / 2 FROM complaint WHERE department_id = " + handlerDepartment)),
                count("SELECT id FROM finding WHERE department_id = " + handlerDepartment + " ORDER BY id LIMIT 1"),
                count("SELECT id FROM info_request WHERE department_id = " + handlerDepartment + " ORDER BY id LIMIT 1"));
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private String text(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : "";
        }
    }
}
