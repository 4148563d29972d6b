package org.sunshine.base.cluster;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.support.AbstractStorageAccessor;
import net.javacrumbs.shedlock.support.LockException;
import net.javacrumbs.shedlock.support.StorageBasedLockProvider;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

/**
 * ShedLock's lock provider on the {@code shedlock} table (V44), every time taken from the database's clock
 * ({@code UTC_TIMESTAMP(3)}), so the nodes' own clocks never decide who holds a lock: the statements of ShedLock's
 * {@code usingDbTime()} for MySQL and MariaDB (TiDB takes them too). ShedLock has them only in its Spring JdbcTemplate
 * provider; its Micronaut provider (6.7.0, the last for Micronaut) uses the node's clock. So these four statements run
 * here, each in a transaction of its own through Micronaut's transaction manager, committed at once.
 * <p>
 * Each node signs its locks with the host, the process and a random part: two nodes on one machine (the local cluster)
 * never take each other's lock for their own when releasing it.
 */
@Singleton
public class DatabaseClockLocks extends StorageBasedLockProvider {

    DatabaseClockLocks(TransactionOperations<Connection> transactions) {
        super(new Storage(transactions, nodeName()));
    }

    /** This node's name in the {@code locked_by} column. */
    static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown";
        }
        return host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static final class Storage extends AbstractStorageAccessor {

        private static final String NOW = "UTC_TIMESTAMP(3)";
        private static final String UNTIL = "TIMESTAMPADD(MICROSECOND, ?, " + NOW + ")";

        private final TransactionOperations<Connection> transactions;
        private final String node;

        Storage(TransactionOperations<Connection> transactions, String node) {
            this.transactions = transactions;
            this.node = node;
        }

        @Override
        public boolean insertRecord(LockConfiguration lock) {
            // INSERT IGNORE: a row another node made meanwhile is no error, just no lock (the update decides then)
            return update("INSERT IGNORE INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (?, " + UNTIL
                    + ", " + NOW + ", ?)", lock.getName(), micros(lock.getLockAtMostFor()), node) > 0;
        }

        @Override
        public boolean updateRecord(LockConfiguration lock) {
            return update("UPDATE shedlock SET lock_until = " + UNTIL + ", locked_at = " + NOW + ", locked_by = ? "
                    + "WHERE name = ? AND lock_until <= " + NOW, micros(lock.getLockAtMostFor()), node, lock.getName()) > 0;
        }

        @Override
        public void unlock(LockConfiguration lock) {
            // kept until lockAtLeastFor after it was taken, if that is later than now
            update("UPDATE shedlock SET lock_until = GREATEST(TIMESTAMPADD(MICROSECOND, ?, locked_at), " + NOW + ") "
                    + "WHERE name = ? AND locked_by = ?", micros(lock.getLockAtLeastFor()), lock.getName(), node);
        }

        @Override
        public boolean extend(LockConfiguration lock) {
            return update("UPDATE shedlock SET lock_until = " + UNTIL + " WHERE name = ? AND locked_by = ? AND lock_until > "
                    + NOW, micros(lock.getLockAtMostFor()), lock.getName(), node) > 0;
        }

        /**
         * Runs one statement in a transaction of its own. A write conflict (two nodes on one new row, a Galera
         * certification failure) means another node got there first: no row changed, no lock taken.
         */
        private int update(String sql, Object... parameters) {
            try {
                return transactions.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW),
                        status -> {
                            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                                for (int i = 0; i < parameters.length; i++) {
                                    statement.setObject(i + 1, parameters[i]);
                                }
                                return statement.executeUpdate();
                            } catch (SQLException e) {
                                throw new LockException("Lock statement failed: " + sql, e);
                            }
                        });
            } catch (RuntimeException e) {
                if (WriteConflicts.isCause(e)) {
                    logger.debug("Lock row taken by another node meanwhile: {}", e.toString());
                    return 0;
                }
                throw e;
            }
        }

        private static long micros(Duration duration) {
            return duration.toNanos() / 1_000;
        }
    }
}
