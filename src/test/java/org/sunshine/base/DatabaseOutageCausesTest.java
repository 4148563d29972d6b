package org.sunshine.base;

import com.mysql.cj.jdbc.exceptions.CommunicationsException;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** The failures seen when MariaDB was killed under load (the fault drill) count as an outage; a bad request does not. */
class DatabaseOutageCausesTest {

    @Test
    void whatALostDatabaseLooksLike() {
        assertThat(DatabaseOutage.isCause(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms",
                        new ConnectException("Connection refused"))))).isTrue();
        assertThat(DatabaseOutage.isCause(new DataAccessException("Error executing PERSIST",
                new CommunicationsException("Communications link failure", null)))).isTrue();
        // the server died during the commit: the rollback on the connection the pool marked broken replaces that failure
        assertThat(DatabaseOutage.isCause(new ConnectionException("Could not set JDBC Connection read-only: Connection is closed",
                new SQLException("Connection is closed")))).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("Server shutdown in progress", "08S01", 1053))).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("Lost connection to server during query", "HY000", 2013))).isTrue();
    }

    @Test
    void whatABadRequestLooksLike() {
        assertThat(DatabaseOutage.isCause(new DataAccessException("Error executing PERSIST",
                new SQLIntegrityConstraintViolationException("Duplicate entry 'x' for key 'uk_complaint_tracking'", "23000", 1062)))).isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("Data too long for column 'actor_name'", "22001", 1406))).isFalse();
        assertThat(DatabaseOutage.isCause(new DomainException("complaint.error.subject"))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException())).isFalse();
    }
}
