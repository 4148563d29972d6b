package org.sunshine.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.sunshine.assessment.CategoryForm;
import org.sunshine.assessment.IndicatorForm;
import org.sunshine.assessment.IndicatorKind;
import org.sunshine.assessment.IndicatorSystemService;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.PeriodAssignments;
import org.sunshine.assessment.PeriodForm;
import org.sunshine.assessment.PeriodKind;
import org.sunshine.assessment.PeriodRepository;
import org.sunshine.assessment.PeriodResults;
import org.sunshine.assessment.PeriodSetup;
import org.sunshine.assessment.ResultRevision;
import org.sunshine.assessment.ResultTable;
import org.sunshine.assessment.ScoreSheetService;
import org.sunshine.demo.HistoryGenerator;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import javax.sql.DataSource;
import java.math.BigDecimal;
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
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The dashboard benchmark's city, written untimed into an empty database: 200 departments of three kinds, the 7 key
 * areas, an inspector, a year of complaints to yesterday by {@link HistoryGenerator} (without timelines), and four
 * locked quarters of results for the 200 departments. The quarters are scored through the services; their results
 * are then written as locked revisions directly ({@link PeriodResults#write}), without the objection window, which
 * only the clock could end. Shared by {@link DashboardBenchmark} and {@link ScreensBenchmark}.
 */
final class BenchCity {

    static final int DEPARTMENTS = 200;

    private final ApplicationContext context;
    private final DataSource dataSource;
    private final LocalDate today;
    private final Instant now;
    final List<Long> departments = new ArrayList<>();
    final List<Long> areas = new ArrayList<>();
    long inspector;

    BenchCity(ApplicationContext context) {
        this.context = context;
        this.dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        Clock clock = context.getBean(Clock.class);
        this.today = LocalDate.now(clock);
        this.now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The departments, the key areas and the inspector. */
    void directory() throws Exception {
        inspector = directory(departments, areas);
    }

    /** A year of complaints to yesterday over the departments and key areas. */
    HistoryGenerator.Summary complaints(int count) {
        return context.getBean(HistoryGenerator.class).generate(new HistoryGenerator.Spec(
                today.minusYears(1), today.minusDays(1), count, departments, areas, false, false, 7));
    }

    /** The four quarters before the current one, locked; their ids, oldest first. */
    List<Long> lockedQuarters() throws Exception {
        return lockedQuarters(inspector, departments);
    }

    /** Fresh statistics for the optimizer after a bulk load. */
    void analyze(String... tables) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute("ANALYZE TABLE " + table);
            }
        }
    }

    /** Departments of three kinds, the 7 key areas, an inspector; returns the inspector's id. */
    private long directory(List<Long> departments, List<Long> areas) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement d = c.prepareStatement("INSERT INTO department (code, name, short_name, type, sort_order, "
                    + "active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?)")) {
                for (int i = 1; i <= DEPARTMENTS; i++) {
                    d.setString(1, String.format(Locale.ROOT, "D%03d", i));
                    d.setString(2, String.format(Locale.ROOT, "基准测试部门%03d", i));
                    d.setString(3, String.format(Locale.ROOT, "部门%03d", i));
                    d.setString(4, i % 10 == 0 ? "DIRECTLY_AFFILIATED" : i % 10 == 5 ? "VERTICAL" : "GOVERNMENT_DEPARTMENT");
                    d.setInt(5, i);
                    d.setTimestamp(6, Timestamp.from(now));
                    d.setTimestamp(7, Timestamp.from(now));
                    d.addBatch();
                }
                d.executeBatch();
            }
            String[] names = {"脱贫攻坚", "社会救助和社会福利", "教育", "基本医疗卫生", "环境保护", "灾害事故救援", "公共文化体育"};
            try (PreparedStatement a = c.prepareStatement("INSERT INTO key_area (code, name, description, sort_order, active, "
                    + "created_at, updated_at) VALUES (?, ?, '', ?, TRUE, ?, ?)")) {
                for (int i = 0; i < names.length; i++) {
                    a.setString(1, "A" + i);
                    a.setString(2, names[i]);
                    a.setInt(3, i);
                    a.setTimestamp(4, Timestamp.from(now));
                    a.setTimestamp(5, Timestamp.from(now));
                    a.addBatch();
                }
                a.executeBatch();
            }
            try (PreparedStatement u = c.prepareStatement("INSERT INTO app_user (username, display_name, role, password_hash, "
                    + "enabled, password_changed_at, created_at, updated_at) "
                    + "VALUES ('bench.insp', 'bench', 'INSPECTOR', '-', TRUE, ?, ?, ?)")) {
                u.setTimestamp(1, Timestamp.from(now));
                u.setTimestamp(2, Timestamp.from(now));
                u.setTimestamp(3, Timestamp.from(now));
                u.executeUpdate();
            }
            c.commit();
            ids(c, "SELECT id FROM department ORDER BY code", departments);
            ids(c, "SELECT id FROM key_area ORDER BY code", areas);
            List<Long> users = new ArrayList<>();
            ids(c, "SELECT id FROM app_user WHERE username = 'bench.insp'", users);
            return users.get(0);
        }
    }

    /** The four quarters before the current one, scored on a one-indicator system and written as locked. */
    private List<Long> lockedQuarters(long inspectorId, List<Long> departments) throws Exception {
        SignedInUser inspector = new SignedInUser(inspectorId, "bench.insp", "bench", Role.INSPECTOR, null);
        IndicatorSystemService systems = context.getBean(IndicatorSystemService.class);
        long system = systems.create("看板基准测试体系", "", SignedInUser.SYSTEM);
        long category = systems.saveCategory(system, new CategoryForm(null, "公开", new BigDecimal("100")), SignedInUser.SYSTEM);
        long indicator = systems.saveIndicator(system, new IndicatorForm(null, category, "主动公开", IndicatorKind.MANUAL,
                new BigDecimal("100"), null, null, "按清单评分"), SignedInUser.SYSTEM);
        systems.publish(system, SignedInUser.SYSTEM);
        PeriodSetup setup = context.getBean(PeriodSetup.class);
        PeriodAssignments assignments = context.getBean(PeriodAssignments.class);
        ScoreSheetService sheets = context.getBean(ScoreSheetService.class);
        PeriodResults results = context.getBean(PeriodResults.class);
        PeriodRepository rows = context.getBean(PeriodRepository.class);
        Random random = new Random(11);
        List<Long> ids = new ArrayList<>();
        LocalDate first = today.withDayOfMonth(1).minusMonths(((today.getMonthValue() - 1) % 3) + 12);
        for (int q = 0; q < 4; q++) {
            LocalDate start = first.plusMonths(3L * q);
            long id = setup.create(new PeriodForm("", PeriodKind.QUARTER, start.getYear(), (start.getMonthValue() - 1) / 3 + 1,
                    system, inspectorId, Set.copyOf(departments), null), inspector);
            assignments.assignAll(id, Set.of(inspectorId), inspector);
            for (long department : departments) {
                double points = 55 + random.nextInt(90) / 2.0;
                sheets.submit(id, department, List.of(new ScoreSheetService.Entry(indicator, BigDecimal.valueOf(points),
                        points < 100 ? "缺项" : "", "")), inspector);
            }
            Period period = rows.findById(id).orElseThrow();
            ResultTable table = results.live(period);
            results.write(new ResultRevision(null, id, 1, "benchmark", null, null, null, null, "bench", now), table);
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement("UPDATE assessment_period SET state = 'LOCKED', revision = 1, "
                         + "locked_at = ?, published_on = ?, objection_due = ? WHERE id = ?")) {
                s.setTimestamp(1, Timestamp.from(now));
                s.setObject(2, today);
                s.setObject(3, today);
                s.setLong(4, id);
                s.executeUpdate();
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
            ids.add(id);
        }
        return ids;
    }

    void requireEmpty() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT COUNT(*) FROM department) + (SELECT COUNT(*) FROM complaint)")) {
            r.next();
            if (r.getLong(1) > 0) {
                throw new IllegalStateException("The database is not empty: give the benchmark one of its own");
            }
        }
    }

    private static void ids(Connection c, String sql, List<Long> into) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                into.add(r.getLong(1));
            }
        }
    }
}
