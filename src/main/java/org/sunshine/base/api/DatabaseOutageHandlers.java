package org.sunshine.base.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;

/**
 * The exception types in which Micronaut Data and its transactions report a database that cannot be reached: no
 * connection from the pool, a connection lost while it was being set up, a statement or a commit on a lost one.
 */
final class DatabaseOutageHandlers {

    private DatabaseOutageHandlers() {
    }

    @Produces
    @Singleton
    @Requires(classes = {CannotGetJdbcConnectionException.class, ExceptionHandler.class})
    static final class NoConnection extends DatabaseOutageHandler<CannotGetJdbcConnectionException> {
        NoConnection(ErrorResponseProcessor<?> errors) {
            super(errors);
        }
    }

    @Produces
    @Singleton
    @Requires(classes = {ConnectionException.class, ExceptionHandler.class})
    static final class LostConnection extends DatabaseOutageHandler<ConnectionException> {
        LostConnection(ErrorResponseProcessor<?> errors) {
            super(errors);
        }
    }

    @Produces
    @Singleton
    @Requires(classes = {DataAccessException.class, ExceptionHandler.class})
    static final class FailedStatement extends DatabaseOutageHandler<DataAccessException> {
        FailedStatement(ErrorResponseProcessor<?> errors) {
            super(errors);
        }
    }

    @Produces
    @Singleton
    @Requires(classes = {TransactionException.class, ExceptionHandler.class})
    static final class FailedTransaction extends DatabaseOutageHandler<TransactionException> {
        FailedTransaction(ErrorResponseProcessor<?> errors) {
            super(errors);
        }
    }
}
