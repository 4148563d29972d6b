package org.sunshine.base;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure means that the database cannot be reached (down, restarting, unreachable, out of connections)
 * rather than that something is wrong with the request: the pool's "no connection within the timeout", a lost or
 * refused connection, SQL state class 08, and the MySQL/MariaDB codes for a server going away. Such a request can be
 * sent again later; the connection pool reconnects by itself once the server is back.
 */
public final class DatabaseOutage {

    /** How long a client should wait before trying again, in seconds ({@code Retry-After}). */
    public static final int RETRY_AFTER_SECONDS = 30;

    /** ER_CON_COUNT_ERROR, ER_SERVER_SHUTDOWN, CR_CONNECTION_ERROR, CR_CONN_HOST_ERROR, CR_SERVER_GONE_ERROR, CR_SERVER_LOST. */
    private static final Set<Integer> SERVER_GONE = Set.of(1040, 1053, 2002, 2003, 2006, 2013);

    /**
     * What the pool's stand-in for a connection it found broken answers (without an SQL state): seen when the server
     * dies during a commit, whose own failure is then replaced by that of the rollback on the broken connection.
     */
    private static final String BROKEN_CONNECTION = "Connection is closed";

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && (SERVER_GONE.contains(sql.getErrorCode())
                    || (sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || BROKEN_CONNECTION.equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }
}
