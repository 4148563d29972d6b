package org.sunshine.proactive;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The WHERE clause of the list of records, with its parameters. */
final class RecordSearch {

    private final List<String> where = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    RecordSearch(RecordFilter filter) {
        if (filter.departmentId() != null) {
            add("department_id = ?", filter.departmentId());
        }
        if (filter.category() != null) {
            add("category = ?", filter.category().name());
        }
        if (filter.itemId() != null) {
            add("item_id = ?", filter.itemId());
        }
        if (filter.from() != null) {
            add("published_on >= ?", filter.from());
        }
        if (filter.to() != null) {
            add("published_on <= ?", filter.to());
        }
        if (filter.lateOnly()) {
            where.add("late = TRUE");
        }
        if (filter.linkState() != null) {
            add("link_state = ?", filter.linkState().name());
        }
        if (filter.importBatch() != null && !filter.importBatch().isBlank()) {
            add("import_batch = ?", filter.importBatch().strip());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + filter.text().strip().replace("\\", "").replace("%", "").replace("_", "") + "%";
            add("(title LIKE ? OR doc_number LIKE ?)", like, like);
        }
    }

    private void add(String condition, Object... values) {
        where.add(condition);
        params.addAll(List.of(values));
    }

    String where() {
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    /** Binds the parameters from the first; returns the next index. */
    int bind(PreparedStatement statement) throws SQLException {
        int i = 1;
        for (Object value : params) {
            if (value instanceof LocalDate date) {
                statement.setDate(i++, Date.valueOf(date));
            } else if (value instanceof Long number) {
                statement.setLong(i++, number);
            } else {
                statement.setString(i++, (String) value);
            }
        }
        return i;
    }
}
