package org.sunshine.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;

/**
 * Walks the audit log's hash chain from the first entry to the head and names the first entry where it breaks: an
 * entry changed in place, one removed from the middle or the end, or one added outside the chain. Plain JDBC on one
 * connection, so that the screen and the command ({@link VerifyAuditChain}) check the same way; run it inside one
 * transaction (repeatable read) so that entries written meanwhile are not seen half.
 */
public final class ChainVerifier {

    private static final int BATCH = 1000;
    private static final String ENTRIES = "SELECT id, chain_seq, occurred_at, actor_id, actor_name, action, target_type,"
            + " target_id, detail, client_ip, prev_hash, entry_hash FROM audit_log WHERE chain_seq > ?"
            + " ORDER BY chain_seq LIMIT " + BATCH;

    private ChainVerifier() {
    }

    public static ChainCheck verify(Connection connection) throws SQLException {
        long headSeq;
        String headHash;
        try (Statement statement = connection.createStatement();
             ResultSet head = statement.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")) {
            if (!head.next()) {
                return new ChainCheck(0, ChainCheck.Problem.NO_HEAD, null);
            }
            headSeq = head.getLong(1);
            headHash = head.getString(2);
        }
        try (Statement statement = connection.createStatement();
             ResultSet foreign = statement.executeQuery("SELECT MIN(id) FROM audit_log WHERE chain_seq < 1 OR chain_seq IS NULL")) {
            foreign.next();
            long id = foreign.getLong(1);
            if (!foreign.wasNull()) {
                return new ChainCheck(0, ChainCheck.Problem.FOREIGN, id);
            }
        }
        long seq = 0;
        long lastId = 0;
        String hash = ChainHash.GENESIS;
        try (PreparedStatement select = connection.prepareStatement(ENTRIES)) {
            while (true) {
                select.setLong(1, seq);
                int read = 0;
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        read++;
                        long id = row.getLong("id");
                        long entrySeq = row.getLong("chain_seq");
                        if (entrySeq > headSeq) {
                            return new ChainCheck(seq, ChainCheck.Problem.FOREIGN, id);
                        }
                        if (entrySeq != seq + 1 || !hash.equals(row.getString("prev_hash"))) {
                            return new ChainCheck(seq, ChainCheck.Problem.UNLINKED, id);
                        }
                        ChainHash.Content content = new ChainHash.Content(entrySeq,
                                row.getObject("occurred_at", LocalDateTime.class), row.getObject("actor_id", Long.class),
                                row.getString("actor_name"), row.getString("action"), row.getString("target_type"),
                                row.getString("target_id"), row.getString("detail"), row.getString("client_ip"));
                        String stored = row.getString("entry_hash");
                        if (!ChainHash.of(hash, content).equals(stored)) {
                            return new ChainCheck(seq, ChainCheck.Problem.ALTERED, id);
                        }
                        seq = entrySeq;
                        hash = stored;
                        lastId = id;
                    }
                }
                if (read < BATCH) {
                    break;
                }
            }
        }
        if (seq != headSeq || !hash.equals(headHash)) {
            return new ChainCheck(seq, ChainCheck.Problem.TAIL_REMOVED, lastId == 0 ? null : lastId);
        }
        return ChainCheck.intact(seq);
    }
}
