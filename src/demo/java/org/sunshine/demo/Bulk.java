package org.sunshine.demo;

import io.micronaut.core.annotation.Nullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.sunshine.demo.HistoryGenerator.ROWS_PER_STATEMENT;

/**
 * Multi-row INSERTs of {@value HistoryGenerator#ROWS_PER_STATEMENT} rows each, in the caller's transaction; the
 * statement for a full batch is prepared once. The one bulk path of {@link HistoryGenerator}: complaints, their
 * events and review tasks ({@link ComplaintWriter}), finding and rectification events and reports
 * ({@link FindingWriter}) all go through it.
 */
final class Bulk implements AutoCloseable {

    private final Connection connection;
    private final String prefix;
    private final String row;
    private final int columns;
    private final List<Object[]> pending = new ArrayList<>(ROWS_PER_STATEMENT);
    private PreparedStatement full;

    Bulk(Connection connection, String table, String... columns) {
        this.connection = connection;
        this.prefix = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.row = "(" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
        this.columns = columns.length;
    }

    void add(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException(values.length + " values for " + columns + " columns: " + prefix);
        }
        pending.add(values);
        if (pending.size() == ROWS_PER_STATEMENT) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        boolean isFull = pending.size() == ROWS_PER_STATEMENT;
        PreparedStatement insert = isFull && full != null ? full
                : connection.prepareStatement(prefix + String.join(", ", Collections.nCopies(pending.size(), row)));
        if (isFull) {
            full = insert;
        }
        int p = 1;
        for (Object[] values : pending) {
            for (Object value : values) {
                bind(insert, p++, value);
            }
        }
        insert.executeUpdate();
        if (!isFull) {
            insert.close();
        }
        pending.clear();
    }

    @Override
    public void close() throws SQLException {
        flush();
        if (full != null) {
            full.close();
        }
    }

    /** Binds a value of the kinds the history writes (null, text, numbers, flags, moments, days, enums). */
    static void bind(PreparedStatement s, int p, @Nullable Object value) throws SQLException {
        if (value == null) {
            s.setNull(p, Types.NULL);
        } else if (value instanceof String text) {
            s.setString(p, text);
        } else if (value instanceof Long number) {
            s.setLong(p, number);
        } else if (value instanceof Integer number) {
            s.setInt(p, number);
        } else if (value instanceof Boolean flag) {
            s.setBoolean(p, flag);
        } else if (value instanceof Instant instant) {
            s.setTimestamp(p, Timestamp.from(instant));
        } else if (value instanceof LocalDate date) {
            s.setObject(p, date);
        } else if (value instanceof java.math.BigDecimal decimal) {
            s.setBigDecimal(p, decimal);
        } else if (value instanceof Enum<?> e) {
            s.setString(p, e.name());
        } else {
            throw new IllegalArgumentException("Cannot bind " + value.getClass());
        }
    }
}
