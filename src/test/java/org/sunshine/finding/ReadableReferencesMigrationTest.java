package org.sunshine.finding;

import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V36 gives the findings and the problem-list items written before it their references — per year, in the order
 * they were filed or issued — and sets the counters so that the next one follows on; on a database of its own,
 * migrated to the version before, given rows with plain SQL (the rows they point to left out: foreign keys off), and migrated on.
 */
@MicronautTest(startApplication = false, transactional = false)
class ReadableReferencesMigrationTest {

    private static final String SCRATCH = "sunshine_v36_test";

    @Value("${datasources.default.url}")
    String url;
    @Value("${datasources.default.username}")
    String username;
    @Value("${datasources.default.password:}")
    String password;

    @Test
    void theRowsWrittenBeforeAreNumberedPerYearInTheOrderTheyWereMade() throws Exception {
        String scratch = url.replaceFirst("(jdbc:mysql://[^/]+/)[^?]*", "$1" + SCRATCH);
        try (Connection server = DriverManager.getConnection(url, username, password);
             Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SCRATCH);
            statement.execute("CREATE DATABASE " + SCRATCH + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        try {
            // the last migration before V36, whichever it is once other branches have added theirs
            MigrationVersion before = Arrays.stream(Flyway.configure().dataSource(scratch, username, password).load()
                            .info().all()).map(MigrationInfo::getVersion)
                    .filter(v -> v.compareTo(MigrationVersion.fromVersion("36")) < 0).max(Comparator.naturalOrder())
                    .orElseThrow();
            Flyway.configure().dataSource(scratch, username, password).target(before).load().migrate();
            try (Connection db = DriverManager.getConnection(scratch, username, password);
                 Statement s = db.createStatement()) {
                s.execute("SET FOREIGN_KEY_CHECKS = 0");
                String finding = "INSERT INTO finding (id, department_id, issue_type, description, severity, state, source,"
                        + " filed_by, filed_by_name, filed_at, duplicate_of, updated_at) VALUES ";
                // ids out of filing order: the order of filing decides
                s.executeUpdate(finding + "(10, 1, 'LATE', 'a', 'MINOR', 'CLOSED', 'INSPECTOR', 1, '督查员', '2025-06-01 10:00:00', NULL, NOW()),"
                        + "(11, 1, 'LATE', 'b', 'MINOR', 'CLOSED', 'INSPECTOR', 1, '督查员', '2025-03-01 10:00:00', NULL, NOW()),"
                        + "(12, 1, 'LATE', 'c', 'MINOR', 'RECTIFYING', 'INSPECTOR', 1, '督查员', '2026-01-05 10:00:00', NULL, NOW()),"
                        + "(13, 1, 'LATE', 'd', 'MINOR', 'SUBMITTED', 'INSPECTOR', 1, '督查员', '2026-02-05 10:00:00', 12, NOW())");
                String rectification = "INSERT INTO rectification (id, subject_kind, subject_id, department_id, state,"
                        + " started_on, days, due_on, topic, repeat_of, created_at, updated_at) VALUES ";
                s.executeUpdate(rectification + "(1, 'finding', 10, 1, 'ACCEPTED', '2025-06-02', 15, '2025-06-20', 'item:3', NULL, NOW(), NOW()),"
                        + "(2, 'finding', 12, 1, 'RECTIFYING', '2026-01-06', 15, '2026-01-27', 'item:3', 1, NOW(), NOW()),"
                        + "(3, 'problem', 21, 1, 'RECTIFYING', '2026-05-11', 15, '2026-06-01', NULL, NULL, NOW(), NOW())");
                String bulletin = "INSERT INTO bulletin (id, period_id, revision_no, kind, state, title, addressees, body,"
                        + " selection_rules, public_release, drafted_by_name, issue_date, created_at, updated_at) VALUES ";
                s.executeUpdate(bulletin + "(1, 1, 1, 'CRITICISM', 'ISSUED', 't', 'a', 'b', 'r', FALSE, '督查员', '2026-05-11', NOW(), NOW()),"
                        + "(2, 1, 1, 'CRITICISM', 'DRAFT', 't', 'a', 'b', 'r', FALSE, '督查员', NULL, NOW(), NOW())");
                s.executeUpdate("INSERT INTO bulletin_problem (id, bulletin_id, department_id, seq, source, text,"
                        + " rectify_days, updated_at) VALUES (21, 1, 2, 1, 'OTHER', 'x', 15, NOW()),"
                        + " (20, 1, 1, 1, 'OTHER', 'y', 15, NOW()), (22, 1, 1, 2, 'OTHER', 'z', 15, NOW()),"
                        + " (23, 2, 1, 1, 'OTHER', 'draft', 15, NOW())");
            }
            Flyway.configure().dataSource(scratch, username, password).load().migrate();
            try (Connection db = DriverManager.getConnection(scratch, username, password);
                 Statement s = db.createStatement()) {
                assertThat(column(s, "SELECT id, reference FROM finding ORDER BY id")).containsExactly(
                        "10=JD-2025-0002", "11=JD-2025-0001", "12=JD-2026-0001", "13=JD-2026-0002");
                assertThat(column(s, "SELECT id, reference FROM bulletin_problem ORDER BY id")).as("department by department, in order; a draft's line has none")
                        .containsExactly("20=WT-2026-0001", "21=WT-2026-0003", "22=WT-2026-0002", "23=null");
                assertThat(column(s, "SELECT CONCAT(office, ':', year_no), last_seq FROM document_counter ORDER BY 1"))
                        .containsExactly("ref:JD:2025=2", "ref:JD:2026=2", "ref:WT:2026=3");
                assertThat(column(s, "SELECT id, subject_ref FROM rectification ORDER BY id"))
                        .containsExactly("1=JD-2025-0002", "2=JD-2026-0001", "3=WT-2026-0003");
                assertThat(column(s, "SELECT id, CONCAT(reference, ' ', COALESCE(repeat_reference, '-'), ' ',"
                        + " COALESCE(duplicate_reference, '-')) FROM finding_list WHERE id IN (12, 13) ORDER BY id"))
                        .containsExactly("12=JD-2026-0001 JD-2025-0002 -", "13=JD-2026-0002 - JD-2026-0001");
                assertThatThrownBy(() -> s.executeUpdate("UPDATE finding SET reference = 'JD-2025-0001' WHERE id = 10"))
                        .as("unique").isInstanceOf(SQLException.class);
            }
        } finally {
            try (Connection server = DriverManager.getConnection(url, username, password);
                 Statement statement = server.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + SCRATCH);
            }
        }
    }

    private static List<String> column(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1) + "=" + r.getString(2));
            }
        }
        return values;
    }
}
