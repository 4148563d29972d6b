package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.sunshine.audit.ChainHash;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Chains the audit log (issue 14): every entry gets its place in the chain and a SHA-256 over the previous entry's
 * hash and its own content ({@link ChainHash}); the entries written before are chained here in the order they were
 * written, and the chain's head is kept in a one-row table that each writer locks. In Java because the chain is a
 * running hash that SQL cannot compute on MySQL 8, MariaDB and TiDB alike. Run it, like every migration, with the
 * application stopped.
 */
public class V14__audit_chain extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        execute(connection, "ALTER TABLE audit_log ADD COLUMN chain_seq BIGINT NULL");
        execute(connection, "ALTER TABLE audit_log ADD COLUMN prev_hash CHAR(64) NULL");
        execute(connection, "ALTER TABLE audit_log ADD COLUMN entry_hash CHAR(64) NULL");

        long seq = 0;
        long lastId = 0;
        String hash = ChainHash.GENESIS;
        while (true) {
            List<Row> rows = read(connection, lastId);
            if (rows.isEmpty()) {
                break;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE audit_log SET chain_seq = ?, prev_hash = ?, entry_hash = ? WHERE id = ?")) {
                for (Row row : rows) {
                    seq++;
                    ChainHash.Content c = row.content(seq);
                    String next = ChainHash.of(hash, c);
                    update.setLong(1, seq);
                    update.setString(2, hash);
                    update.setString(3, next);
                    update.setLong(4, row.id());
                    update.addBatch();
                    hash = next;
                    lastId = row.id();
                }
                update.executeBatch();
            }
        }

        execute(connection, "ALTER TABLE audit_log MODIFY chain_seq BIGINT NOT NULL");
        execute(connection, "ALTER TABLE audit_log MODIFY prev_hash CHAR(64) NOT NULL");
        execute(connection, "ALTER TABLE audit_log MODIFY entry_hash CHAR(64) NOT NULL");
        execute(connection, "ALTER TABLE audit_log ADD CONSTRAINT uk_audit_log_seq UNIQUE (chain_seq)");
        execute(connection, "ALTER TABLE audit_log ADD CONSTRAINT uk_audit_log_prev UNIQUE (prev_hash)");
        // the screen's filter by record, and each record's own entries
        execute(connection, "CREATE INDEX ix_audit_log_target ON audit_log (target_type, target_id)");
        execute(connection, """
                CREATE TABLE audit_chain_head (
                    id         TINYINT   NOT NULL,
                    last_seq   BIGINT    NOT NULL,
                    last_hash  CHAR(64)  NOT NULL,
                    PRIMARY KEY (id)
                ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci""");
        try (PreparedStatement head = connection.prepareStatement(
                "INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, ?, ?)")) {
            head.setLong(1, seq);
            head.setString(2, hash);
            head.executeUpdate();
        }
    }

    private record Row(long id, LocalDateTime occurredAt, Long actorId, String actorName, String action,
                       String targetType, String targetId, String detail, String clientIp) {

        ChainHash.Content content(long seq) {
            return new ChainHash.Content(seq, occurredAt, actorId, actorName, action, targetType, targetId, detail, clientIp);
        }
    }

    private static List<Row> read(Connection connection, long afterId) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, occurred_at, actor_id, actor_name,"
                + " action, target_type, target_id, detail, client_ip FROM audit_log WHERE id > ? ORDER BY id LIMIT " + BATCH)) {
            select.setLong(1, afterId);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getLong("id"), r.getObject("occurred_at", LocalDateTime.class),
                            r.getObject("actor_id", Long.class), r.getString("actor_name"), r.getString("action"),
                            r.getString("target_type"), r.getString("target_id"), r.getString("detail"),
                            r.getString("client_ip")));
                }
            }
        }
        return rows;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
