package org.sunshine.inforequest;

import org.sunshine.base.list.ListPage;
import org.sunshine.calendar.Warning;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The WHERE clause of a staff list, with its parameters. The warnings are those of the organ's clocks: confirming
 * ({@code register_due}, SUBMITTED) and replying ({@code reply_due}, REGISTERED and EXTENSION_REQUESTED); the
 * applicant's clocks (补正, payment) are never marked.
 */
final class RequestSearch {

    /** The deadline running now, as {@link RequestDeadlines#currentDue} reads it; the lists are sorted by it. */
    static final String DUE = "CASE state WHEN 'SUBMITTED' THEN register_due WHEN 'REGISTERED' THEN reply_due "
            + "WHEN 'EXTENSION_REQUESTED' THEN reply_due WHEN 'CORRECTION_REQUESTED' THEN correction_due "
            + "WHEN 'FEE_REQUESTED' THEN fee_due END";
    /** What an application number looks like (YS20261206-123456, or the demo's YSDEMO-000001). */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("(?i)YS[0-9A-Z]{4,12}-\\d{6}");
    private static final String ON_CLOCK = "state IN ('REGISTERED', 'EXTENSION_REQUESTED')";

    private final List<String> where = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    RequestSearch(RequestFilter filter, LocalDate today, LocalDate yellowUntil) {
        if (filter.departmentId() != null) {
            add("department_id = ?", filter.departmentId());
        }
        if (!filter.states().isEmpty()) {
            where.add("state IN (" + filter.states().stream().map(s -> "?").collect(Collectors.joining(", ")) + ")");
            filter.states().stream().sorted().forEach(s -> params.add(s.name()));
        }
        if (filter.warning() == Warning.RED) {
            add("((state = 'SUBMITTED' AND register_due < ?) OR (" + ON_CLOCK + " AND reply_due < ?))", today, today);
        } else if (filter.warning() == Warning.YELLOW) {
            add("((state = 'SUBMITTED' AND register_due BETWEEN ? AND ?) OR (" + ON_CLOCK
                    + " AND reply_due BETWEEN ? AND ?))", today, yellowUntil, today, yellowUntil);
        } else if (filter.warning() == Warning.NONE) {
            add("(state NOT IN ('SUBMITTED', 'REGISTERED', 'EXTENSION_REQUESTED') "
                    + "OR (state = 'SUBMITTED' AND (register_due IS NULL OR register_due > ?)) "
                    + "OR (" + ON_CLOCK + " AND (reply_due IS NULL OR reply_due > ?)))", yellowUntil, yellowUntil);
        }
        if (filter.lateOnly()) {
            where.add("late_registration = TRUE");
        }
        if (filter.channel() != null) {
            add("channel = ?", filter.channel().name());
        }
        if (filter.applicantKind() != null) {
            add("applicant_kind = ?", filter.applicantKind().name());
        }
        if (filter.result() != null) {
            add("result = ?", filter.result().name());
        }
        if (filter.from() != null) {
            add("arrived_on >= ?", filter.from());
        }
        if (filter.to() != null) {
            add("arrived_on <= ?", filter.to());
        }
        if (isNumber(filter.text())) {
            // an application number: its unique index (words are searched in the index, RequestTextSearch)
            add("request_no = ?", filter.text().strip().toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** Whether the text is a whole application number. */
    static boolean isNumber(String text) {
        return text != null && NUMBER.matcher(text.strip()).matches();
    }

    /**
     * Only the rows after {@code key} in the order of {@link #orderBy} (the key's value is the deadline running now):
     * the next page is a seek from the last row served, not an offset.
     */
    void after(RequestFilter filter, ListPage.Key key) {
        if (endedOnly(filter)) {
            add("id < ?", key.id());
        } else if (key.value() == null) {
            add("((" + DUE + ") IS NULL AND id < ?)", key.id());
        } else {
            add("((" + DUE + ") IS NULL OR (" + DUE + ") > ? OR ((" + DUE + ") = ? AND id < ?))", key.value(),
                    key.value(), key.id());
        }
    }

    private static boolean endedOnly(RequestFilter filter) {
        return !filter.states().isEmpty() && RequestFilter.ENDED.containsAll(filter.states());
    }

    /** Whether the filter searches a text (the word search's path). */
    static boolean hasText(RequestFilter filter) {
        return filter.text() != null && !filter.text().isBlank();
    }

    private void add(String condition, Object... values) {
        where.add(condition);
        params.addAll(List.of(values));
    }

    /**
     * The order of a list: by the deadline running now, the ones without one last, newest first among equals. A list
     * of ended applications only has no deadline at all: newest first, by the primary key, so that a page of 88,000
     * replied ones is read from the index instead of sorted.
     */
    static String orderBy(RequestFilter filter) {
        return endedOnly(filter) ? " ORDER BY id DESC" : " ORDER BY (" + DUE + ") IS NULL, (" + DUE + "), id DESC";
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
