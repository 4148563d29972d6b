package org.sunshine.demo;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sunshine.calendar.WorkingDayCalendar;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated disclosure records, checked as a reviewer would: each department publishes what its duties say (the
 * approval office the most licensing decisions, the market regulator the most penalties, only the city government
 * rules), deadlines that are the clock's own and late marks that follow them, about one in twenty-five late, a record
 * of each lead department in every window of its items but the missed ones. Written for 2017 (no other test uses that
 * year; the government's earlier rules go back to 2012), committed by the generator and deleted at the end.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordHistoryTest {

    private static final LocalDate FROM = LocalDate.of(2017, 1, 1);
    private static final LocalDate TO = LocalDate.of(2017, 12, 31);

    @Inject
    RecordHistory history;
    @Inject
    WorkingDayCalendar calendar;
    @Inject
    DataSource pool;

    private RecordHistory.Summary summary;

    @BeforeAll
    void generate() {
        summary = history.generate(new RecordHistory.Spec(FROM, TO, 1.0, 3L,
                m -> m.departmentCode().equals("MZJ") && m.itemSeqNo() == 10 && m.windowStart().getMonthValue() >= 7));
    }

    @AfterAll
    void delete() throws SQLException {
        update("DELETE FROM disclosure_record WHERE formed_on < '2018-01-01'");
    }

    @Test
    void eachDepartmentPublishesWhatItsDutiesSay() throws SQLException {
        Map<String, Long> licensing = byDepartment("LICENSING");
        Map<String, Long> penalties = byDepartment("PENALTY");
        Map<String, Long> rules = byDepartment("RULE");
        assertThat(licensing.get("SPB")).isGreaterThan(1000);
        assertThat(licensing.entrySet()).allSatisfy(e -> assertThat(e.getValue()).isLessThanOrEqualTo(licensing.get("SPB")));
        assertThat(penalties.get("SCJ")).isGreaterThan(penalties.getOrDefault("GAJ", 0L));
        assertThat(penalties).doesNotContainKeys("MZJ", "JYJ", "SPB");
        assertThat(rules.keySet()).containsExactly("SZFB");
        assertThat(byDepartment("BUDGET")).containsKeys("CZJ", "SJJ", "MZJ");
        assertThat(byDepartment("FEE")).containsKeys("GTJ", "SCJ").doesNotContainKeys("MZJ");
    }

    @Test
    void deadlinesAreTheClocksAndLateMarksFollowThem() throws SQLException {
        int checked = 0;
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT formed_on, published_on, clock_days, due_on, late, category FROM disclosure_record "
                        + "WHERE formed_on BETWEEN '2017-01-01' AND '2017-12-31'")) {
            while (r.next()) {
                LocalDate formed = r.getObject(1, LocalDate.class);
                LocalDate published = r.getObject(2, LocalDate.class);
                LocalDate due = r.getObject(4, LocalDate.class);
                assertThat(due).isEqualTo(calendar.plus(formed, r.getInt(3)));
                assertThat(r.getBoolean(5)).isEqualTo(published.isAfter(due));
                assertThat(r.getInt(3)).isEqualTo(switch (r.getString(6)) {
                    case "LICENSING", "PENALTY" -> 7;
                    default -> r.getInt(3) == 7 ? 7 : 20;
                });
                assertThat(published).isBetween(formed, TO);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(summary.records() - olderRules());
        double lateShare = (double) summary.late() / summary.records();
        assertThat(lateShare).isBetween(0.02, 0.07);
    }

    @Test
    void leadDepartmentsPublishInEveryWindowButTheMissedOnes() throws SQLException {
        long welfareFirstHalf = count("SELECT COUNT(*) FROM disclosure_record r JOIN responsibility_item i ON i.id = r.item_id "
                + "JOIN department d ON d.id = r.department_id WHERE i.seq_no = 10 AND d.code = 'MZJ' "
                + "AND r.formed_on BETWEEN '2017-01-01' AND '2017-06-30'");
        long welfareSecondHalf = count("SELECT COUNT(*) FROM disclosure_record r JOIN responsibility_item i ON i.id = r.item_id "
                + "JOIN department d ON d.id = r.department_id WHERE i.seq_no = 10 AND d.code = 'MZJ' "
                + "AND r.formed_on BETWEEN '2017-07-01' AND '2017-12-31'");
        assertThat(welfareFirstHalf).isGreaterThanOrEqualTo(2);
        assertThat(welfareSecondHalf).isZero();
        long finance = count("SELECT COUNT(*) FROM disclosure_record r JOIN responsibility_item i ON i.id = r.item_id "
                + "JOIN department d ON d.id = r.department_id WHERE i.seq_no = 3 AND d.code = 'CZJ' "
                + "AND r.formed_on BETWEEN '2017-01-01' AND '2017-12-31'");
        assertThat(finance).isGreaterThanOrEqualTo(3);
    }

    private long olderRules() throws SQLException {
        return count("SELECT COUNT(*) FROM disclosure_record WHERE formed_on < '2017-01-01'");
    }

    private Map<String, Long> byDepartment(String category) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT d.code, COUNT(*) FROM disclosure_record x JOIN department d ON d.id = x.department_id "
                        + "WHERE x.category = '" + category + "' AND x.formed_on BETWEEN '2017-01-01' AND '2017-12-31' "
                        + "GROUP BY d.code")) {
            while (r.next()) {
                out.put(r.getString(1), r.getLong(2));
            }
        }
        return out;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    private Connection connection() throws SQLException {
        return DelegatingDataSource.unwrapDataSource(pool).getConnection();
    }
}
