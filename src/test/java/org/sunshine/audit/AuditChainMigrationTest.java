package org.sunshine.audit;

import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V14 chains the entries written before it, in the order they were written, so that the first check after the
 * upgrade finds the old log intact — on a database of its own, migrated to V13, given entries with plain SQL as the
 * application wrote them then, and migrated on.
 */
@MicronautTest(startApplication = false, transactional = false)
class AuditChainMigrationTest {

    private static final String SCRATCH = "sunshine_v14_test";

    @Value("${datasources.default.url}")
    String url;
    @Value("${datasources.default.username}")
    String username;
    @Value("${datasources.default.password:}")
    String password;

    @Test
    void theEntriesWrittenBeforeAreChainedInTheOrderTheyWereWritten() throws Exception {
        String scratch = url.replaceFirst("(jdbc:mysql://[^/]+/)[^?]*", "$1" + SCRATCH);
        try (Connection server = DriverManager.getConnection(url, username, password);
             Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SCRATCH);
            statement.execute("CREATE DATABASE " + SCRATCH + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        try {
            Flyway.configure().dataSource(scratch, username, password).target("13").load().migrate();
            try (Connection db = DriverManager.getConnection(scratch, username, password);
                 Statement statement = db.createStatement()) {
                statement.executeUpdate("INSERT INTO audit_log (occurred_at, actor_id, actor_name, action, target_type,"
                        + " target_id, detail, client_ip) VALUES"
                        + " ('2025-03-01 09:00:00', 1, 'admin', 'LOGIN_SUCCEEDED', 'user', '1', '', '10.0.0.1'),"
                        + " ('2025-03-01 09:05:00', NULL, 'system', 'CALENDAR_IMPORTED', 'calendar_year', '2025', '节假日安排', ''),"
                        + " ('2025-03-01 09:06:00', 1, 'admin', 'USER_CREATED', 'user', '2', '新增：王明（督查人员）', '10.0.0.1')");
            }
            Flyway.configure().dataSource(scratch, username, password).load().migrate();
            try (Connection db = DriverManager.getConnection(scratch, username, password);
                 Statement statement = db.createStatement()) {
                ChainCheck check = ChainVerifier.verify(db);
                assertThat(check.isIntact()).isTrue();
                assertThat(check.entries()).isEqualTo(3);
                try (ResultSet first = statement.executeQuery("SELECT chain_seq, prev_hash FROM audit_log ORDER BY id LIMIT 1")) {
                    first.next();
                    assertThat(first.getLong(1)).isEqualTo(1);
                    assertThat(first.getString(2)).isEqualTo(ChainHash.GENESIS);
                }
                statement.executeUpdate("UPDATE audit_log SET detail = '新增：李四（管理员）' WHERE chain_seq = 3");
                assertThat(ChainVerifier.verify(db).problem()).isEqualTo(ChainCheck.Problem.ALTERED);
            }
        } finally {
            try (Connection server = DriverManager.getConnection(url, username, password);
                 Statement statement = server.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + SCRATCH);
            }
        }
    }
}
