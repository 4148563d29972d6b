package org.sunshine.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Multi-row INSERTs of up to a few hundred rows each, in the caller's transaction: fast setup on any server. */
final class Bulk implements AutoCloseable {

    private final Connection connection;
    private final String prefix;
    private final String row;
    private final int columns;
    private final int perStatement;
    private final List<Object[]> pending = new ArrayList<>();

    Bulk(Connection connection, String table, String... columns) {
        this.connection = connection;
        this.prefix = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.row = "(" + String.join(", ", java.util.Collections.nCopies(columns.length, "?")) + ")";
        this.columns = columns.length;
        this.perStatement = Math.max(1, 10_000 / columns.length);
    }

    void add(Object... values) throws Exception {
        if (values.length != columns) {
            throw new IllegalArgumentException(values.length + " values for " + columns + " columns: " + prefix);
        }
        pending.add(values);
        if (pending.size() == perStatement) {
            flush();
        }
    }

    private void flush() throws Exception {
        if (pending.isEmpty()) {
            return;
        }
        String sql = prefix + String.join(", ", java.util.Collections.nCopies(pending.size(), row));
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int p = 1;
            for (Object[] values : pending) {
                for (Object value : values) {
                    insert.setObject(p++, value instanceof Instant i ? Timestamp.from(i) : value);
                }
            }
            insert.executeUpdate();
        }
        pending.clear();
    }

    @Override
    public void close() throws Exception {
        flush();
    }
}
