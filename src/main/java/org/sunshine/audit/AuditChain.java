package org.sunshine.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Appends entries to the hash chain of the audit log. The chain's head (the last sequence number and hash) is one row,
 * locked for the rest of the writing transaction: two writers never chain onto the same entry, and a writer whose
 * transaction rolls back gives its place back. On a Galera cluster, where that lock is not cluster-wide, two nodes
 * that both chain onto one entry both change the head row, so one of them fails certification at commit; the unique
 * keys on the sequence number and on the previous hash are the last guard.
 */
@Singleton
class AuditChain {

    private static final String HEAD = "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE";
    private static final String INSERT = "INSERT INTO audit_log (occurred_at, actor_id, actor_name, action, target_type,"
            + " target_id, detail, client_ip, chain_seq, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String MOVE_HEAD = "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1";

    private final JdbcOperations jdbc;

    AuditChain(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the entry as the chain's next one, in the caller's transaction. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void append(ChainHash.Content entry) {
        jdbc.execute(connection -> {
            long lastSeq;
            String lastHash;
            try (PreparedStatement head = connection.prepareStatement(HEAD); ResultSet row = head.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("The audit chain has no head row (audit_chain_head, id 1): run the migrations");
                }
                lastSeq = row.getLong(1);
                lastHash = row.getString(2);
            }
            ChainHash.Content next = withSeq(entry, lastSeq + 1);
            String hash = ChainHash.of(lastHash, next);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, next.occurredAt());
                if (next.actorId() == null) {
                    insert.setNull(2, Types.BIGINT);
                } else {
                    insert.setLong(2, next.actorId());
                }
                insert.setString(3, next.actorName());
                insert.setString(4, next.action());
                insert.setString(5, next.targetType());
                insert.setString(6, next.targetId());
                insert.setString(7, next.detail());
                insert.setString(8, next.clientIp());
                insert.setLong(9, next.seq());
                insert.setString(10, lastHash);
                insert.setString(11, hash);
                insert.executeUpdate();
            }
            try (PreparedStatement move = connection.prepareStatement(MOVE_HEAD)) {
                move.setLong(1, next.seq());
                move.setString(2, hash);
                move.executeUpdate();
            }
            return null;
        });
    }

    private static ChainHash.Content withSeq(ChainHash.Content c, long seq) {
        return new ChainHash.Content(seq, c.occurredAt(), c.actorId(), c.actorName(), c.action(), c.targetType(),
                c.targetId(), c.detail(), c.clientIp());
    }
}
