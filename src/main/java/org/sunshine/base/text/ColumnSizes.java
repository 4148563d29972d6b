package org.sunshine.base.text;

import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How much text each column of the application's schema holds, read once from {@code information_schema} (the same
 * on MySQL, MariaDB and TiDB): a {@code VARCHAR(n)} holds n characters, a {@code TEXT} a number of bytes of UTF-8.
 */
@Singleton
public class ColumnSizes {

    /** A column's size: in characters, or (a TEXT column) in bytes. */
    public record Size(long limit, boolean bytes) {

        /** Whether the text fits. */
        public boolean fits(String text) {
            if (bytes) {
                // a character is at most 4 bytes: a short text fits without being encoded
                return (long) text.length() * 4 <= limit || text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= limit;
            }
            return text.length() <= limit || TextRules.length(text) <= limit;
        }

        /** The size in characters, as told to a person (a TEXT column: Chinese characters, 3 bytes each). */
        public long characters() {
            return bytes ? limit / 3 : limit;
        }
    }

    private static final String QUERY = "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, "
            + "CHARACTER_OCTET_LENGTH FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
            + "AND CHARACTER_MAXIMUM_LENGTH IS NOT NULL";

    private final DataSource dataSource;
    private volatile Map<String, Size> sizes;

    public ColumnSizes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The size of a text column, or null if it is not one (or unknown). */
    public Size of(String table, String column) {
        return sizes().get(key(table, column));
    }

    private Map<String, Size> sizes() {
        Map<String, Size> known = sizes;
        if (known == null) {
            known = load();
            sizes = known;
        }
        return known;
    }

    private Map<String, Size> load() {
        Map<String, Size> loaded = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(QUERY)) {
            while (rows.next()) {
                String type = rows.getString(3).toLowerCase(Locale.ROOT);
                boolean text = type.endsWith("text");
                long limit = text ? rows.getLong(5) : rows.getLong(4);
                loaded.put(key(rows.getString(1), rows.getString(2)), new Size(limit, text));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the column sizes of the schema", e);
        }
        return Map.copyOf(loaded);
    }

    private static String key(String table, String column) {
        return table.toLowerCase(Locale.ROOT) + "." + column.toLowerCase(Locale.ROOT);
    }
}
