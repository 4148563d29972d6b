package org.sunshine.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.sunshine.annualreport.ReportTables;
import org.sunshine.demo.RequestHistory;
import org.sunshine.inforequest.Organs;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.sunshine.bench.Timings.load;
import static org.sunshine.bench.Timings.max;
import static org.sunshine.bench.Timings.median;
import static org.sunshine.bench.Timings.times;

/**
 * How fast the annual reports' tables are built: every organ's tables 二, 三 and 四 and the government's (the sum of
 * all) for a year, at 100,000 applications (a year, written by the demo's bulk path {@link RequestHistory}) and
 * 200,000 disclosure records over a city of 40 organs. Target: under 5 s in all. Uses {@code DATASOURCES_DEFAULT_URL}
 * if set (an empty database of its own), else an embedded MariaDB. Run:
 * {@code mvn -Pbench test-compile exec:exec@annual-reports}.
 */
public final class AnnualReportBenchmark {

    static final int DEPARTMENTS = 40;
    static final int REQUESTS = Integer.getInteger("bench.requests", 100_000);
    static final int RECORDS = Integer.getInteger("bench.records", 200_000);
    static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final String[] CATEGORIES = {"LICENSING", "LICENSING", "LICENSING", "LICENSING", "LICENSING",
            "PENALTY", "PENALTY", "ENFORCEMENT", "FEE", "NORMATIVE", "RULE", "PLANS", "STATISTICS", "SERVICE",
            "BUDGET", "PROCUREMENT", "OTHER", "LIVELIHOOD", "INSPECTION", "RECRUITMENT"};

    private final ApplicationContext context;
    private final DataSource dataSource;
    private final LocalDate today;
    private final Instant now;

    private AnnualReportBenchmark(ApplicationContext context) {
        this.context = context;
        this.dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        Clock clock = context.getBean(Clock.class);
        this.today = LocalDate.now(clock);
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
                new AnnualReportBenchmark(context).measure();
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
        RequestHistory.Summary summary = context.getBean(RequestHistory.class).generate(new RequestHistory.Spec(
                today.minusYears(1), today.minusDays(1), REQUESTS, departments, office, 7L, now));
        System.out.printf(Locale.ROOT, "Generated %d applications over %d organs (%.0f s)%n", summary.requests(),
                departments.size(), (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        records(departments);
        System.out.printf(Locale.ROOT, "Generated %d disclosure records (%.0f s)%n", RECORDS,
                (System.nanoTime() - start) / 1e9);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE info_request");
            s.execute("ANALYZE TABLE info_request_remedy");
            s.execute("ANALYZE TABLE disclosure_record");
        }

        ReportTables tables = context.getBean(ReportTables.class);
        List<Organs.Organ> organs = context.getBean(Organs.class).all();
        int year = today.minusMonths(6).getYear();
        Map<String, ReportTables.Tables> all = tables.all(year, organs);
        ReportTables.Tables government = all.get(Organs.GOVERNMENT);
        System.out.printf(Locale.ROOT, "%d: %d organs; the government's table 三 receives %d, table 二 %d licences, "
                        + "balanced: %s%n", year, all.size(),
                government.threeRows().get(ReportTables.RECEIVED).get(6), government.two().licensing(),
                all.values().stream().allMatch(t -> t.unbalancedColumn() < 0));
        long[] every = times(RUNS, () -> tables.all(year, organs));
        long[] one = times(RUNS, () -> tables.of(departments.get(1).id(), false, year));
        long[] gov = times(RUNS, () -> tables.of(office, true, year));
        System.out.printf(Locale.ROOT, "  every organ's tables and the government's  median %6.0f ms, max %6.0f ms%n",
                median(every), max(every));
        System.out.printf(Locale.ROOT, "  one department's tables                    median %6.0f ms, max %6.0f ms%n",
                median(one), max(one));
        System.out.printf(Locale.ROOT, "  the government's tables alone              median %6.0f ms, max %6.0f ms%n",
                median(gov), max(gov));
        org.sunshine.proactive.RecordYearFigures records = context.getBean(org.sunshine.proactive.RecordYearFigures.class);
        org.sunshine.inforequest.RequestYearFigures requests =
                context.getBean(org.sunshine.inforequest.RequestYearFigures.class);
        long[] two = times(RUNS, () -> records.tableTwoByDepartment(year));
        long[] three = times(RUNS, () -> requests.tableThreeByOrgan(year));
        long[] four = times(RUNS, () -> requests.tableFourByOrgan(year));
        System.out.printf(Locale.ROOT, "    of which table 二 (one query)             median %6.0f ms, max %6.0f ms%n",
                median(two), max(two));
        System.out.printf(Locale.ROOT, "    of which table 三 (four queries)          median %6.0f ms, max %6.0f ms%n",
                median(three), max(three));
        System.out.printf(Locale.ROOT, "    of which table 四 (one query)             median %6.0f ms, max %6.0f ms%n",
                median(four), max(four));
        explain("SELECT department_id, SUM(CASE WHEN category = 'FEE' THEN fee_amount ELSE 0 END) FROM disclosure_record "
                + "WHERE ((category IN ('RULE', 'NORMATIVE') AND issued_on <= '" + year + "-12-31') OR (category IN "
                + "('LICENSING', 'PENALTY', 'ENFORCEMENT', 'FEE') AND formed_on BETWEEN '" + year + "-01-01' AND '"
                + year + "-12-31')) GROUP BY department_id");
        explain("SELECT department_id, to_government, applicant_kind, org_type, COUNT(*) FROM info_request WHERE "
                + "COALESCE(received_on, arrived_on) BETWEEN '" + year + "-01-01' AND '" + year + "-12-31' GROUP BY 1, 2, 3, 4");
        explain("SELECT department_id, to_government, applicant_kind, result, COUNT(*) FROM info_request WHERE "
                + "closed_at >= '" + year + "-01-01' AND closed_at < '" + (year + 1) + "-01-01' AND result IS NOT NULL "
                + "GROUP BY 1, 2, 3, 4");
        System.out.printf(Locale.ROOT, "every organ's tables on %d applications and %d records: max %.0f ms "
                + "(target < 5000 ms: %s)%n", summary.requests(), RECORDS, max(every), max(every) < 5000 ? "met" : "NOT met");
        System.out.println("At the end" + load());
    }

    private void explain(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("EXPLAIN " + sql)) {
            while (r.next()) {
                System.out.println("    EXPLAIN " + r.getString("table") + ": " + r.getString("type") + " key="
                        + r.getString("key") + " rows=" + r.getString("rows") + " " + r.getString("Extra"));
            }
        }
    }

    /** 200,000 records over the departments, formed over the last year and a half, table 二's share the most. */
    private void records(List<RequestHistory.Department> departments) throws Exception {
        Random random = new Random(11);
        LocalDate from = today.minusMonths(18);
        int span = (int) ChronoUnit.DAYS.between(from, today);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO disclosure_record (department_id, title, "
                    + "category, formed_on, published_on, clock_days, due_on, late, channel, url, issued_on, "
                    + "repealed_on, fee_amount, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'WEBSITE', ?, "
                    + "?, ?, ?, ?, ?)")) {
                for (int i = 1; i <= RECORDS; i++) {
                    String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                    LocalDate formed = from.plusDays(random.nextInt(span));
                    int delay = random.nextInt(12);
                    int clock = category.equals("LICENSING") || category.equals("PENALTY") ? 7 : 20;
                    p.setLong(1, departments.get(1 + random.nextInt(departments.size() - 1)).id());
                    p.setString(2, "基准测试公开记录 " + i);
                    p.setString(3, category);
                    p.setDate(4, Date.valueOf(formed));
                    p.setDate(5, Date.valueOf(formed.plusDays(delay)));
                    p.setInt(6, clock);
                    p.setDate(7, Date.valueOf(formed.plusDays(clock + clock / 2)));
                    p.setBoolean(8, delay > clock);
                    p.setString(9, "https://www.example.gov.cn/xxgk/" + i + ".html");
                    boolean validity = category.equals("RULE") || category.equals("NORMATIVE");
                    p.setDate(10, validity ? Date.valueOf(formed.plusDays(30)) : null);
                    p.setDate(11, validity && random.nextInt(10) == 0 ? Date.valueOf(formed.plusDays(200)) : null);
                    p.setBigDecimal(12, category.equals("FEE") ? BigDecimal.valueOf(random.nextInt(1_000_000), 2) : null);
                    p.setTimestamp(13, Timestamp.from(now));
                    p.setTimestamp(14, Timestamp.from(now));
                    p.addBatch();
                    if (i % 5_000 == 0) {
                        p.executeBatch();
                        c.commit();
                    }
                }
                p.executeBatch();
            }
            c.commit();
        }
    }

    /** The city government's office and 39 departments. */
    private List<RequestHistory.Department> directory() throws Exception {
        List<RequestHistory.Department> departments = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement d = c.prepareStatement("INSERT INTO department (code, name, short_name, type, "
                    + "sort_order, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?)")) {
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
                 ResultSet r = s.executeQuery("SELECT id, code, short_name FROM department WHERE code LIKE 'R%' "
                         + "ORDER BY code")) {
                while (r.next()) {
                    departments.add(new RequestHistory.Department(r.getLong(1), "MZJ", r.getString(3)));
                }
            }
        }
        return departments;
    }
}
