package org.sunshine.base.cluster;

import io.micronaut.data.exceptions.DataAccessException;
import org.junit.jupiter.api.Test;
import org.sunshine.base.DomainException;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures a transaction is run again for, and how long it waits before. */
class WriteConflictsTest {

    @Test
    void deadlocksLockWaitsAndSerializationFailuresAreConflicts() {
        // InnoDB's deadlock victim, and a Galera certification failure, as Connector/J reports them
        assertThat(WriteConflicts.isCause(new SQLTransactionRollbackException("Deadlock found when trying to get lock; "
                + "try restarting transaction", "40001", 1213))).isTrue();
        assertThat(WriteConflicts.isCause(new SQLException("Lock wait timeout exceeded", "HY000", 1205))).isTrue();
        assertThat(WriteConflicts.isCause(new SQLException("could not serialize access", "40001", 0))).isTrue();
        // as they reach the service: wrapped by Micronaut Data, or by the transaction manager
        assertThat(WriteConflicts.isCause(new DataAccessException("Error executing SQL UPDATE",
                new SQLException("Deadlock found", "40001", 1213)))).isTrue();
        assertThat(WriteConflicts.isCause(new IllegalStateException("commit failed",
                new RuntimeException(new SQLException("WSREP detected deadlock/conflict", "40001", 1213))))).isTrue();
    }

    @Test
    void nothingElseIs() {
        assertThat(WriteConflicts.isCause(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))).isFalse();
        assertThat(WriteConflicts.isCause(new SQLNonTransientConnectionException("Communications link failure", "08S01"))).isFalse();
        assertThat(WriteConflicts.isCause(new DataAccessException("Error executing SQL", new SQLException("Data too long", "22001", 1406)))).isFalse();
        assertThat(WriteConflicts.isCause(new DomainException("workflow.error.changedMeanwhile"))).isFalse();
        assertThat(WriteConflicts.isCause(new RuntimeException())).isFalse();
        assertThat(WriteConflicts.isCause(null)).isFalse();
    }

    @Test
    void thePauseIsRandomAndDoublesUpToItsCeiling() {
        ConflictRetry retry = new ConflictRetry(null, new RetrySettings(5, Duration.ofMillis(20), Duration.ofMillis(100)));
        for (int i = 0; i < 200; i++) {
            assertThat(retry.pause(1)).isBetween(10L, 20L);
            assertThat(retry.pause(2)).isBetween(20L, 40L);
            assertThat(retry.pause(3)).isBetween(40L, 80L);
            assertThat(retry.pause(4)).isBetween(50L, 100L);
            assertThat(retry.pause(9)).isBetween(50L, 100L);
        }
    }
}
