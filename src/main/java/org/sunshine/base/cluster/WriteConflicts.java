package org.sunshine.base.cluster;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.Set;

/**
 * Whether a failure is a write conflict that the same transaction, run again, gets past: InnoDB's deadlock (1213,
 * SQL state 40001: the transaction was rolled back as the victim), a lock wait given up (1205), and any other
 * serialization failure (SQL state 40001). A Galera node reports its certification failure — another node committed a
 * conflicting write first — as the same deadlock. Nothing else is: a duplicate key, a refused step or a record changed
 * meanwhile (the version check) would fail again, and a database that cannot be reached is {@code DatabaseOutage}'s.
 */
public final class WriteConflicts {

    /** ER_LOCK_DEADLOCK, ER_LOCK_WAIT_TIMEOUT. */
    private static final Set<Integer> CODES = Set.of(1213, 1205);
    private static final String SERIALIZATION_FAILURE = "40001";

    private WriteConflicts() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (CODES.contains(sql.getErrorCode()) || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
