package org.sunshine.complaint;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.sunshine.base.list.BoundedCount;
import org.sunshine.base.list.ListPage;
import org.sunshine.base.list.ListSettings;
import org.sunshine.base.list.ListSize;
import org.sunshine.calendar.Warning;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The staff's complaint lists filtered without a text, newest first by {@code (submitted_at, id)}, at a million
 * complaints (docs/architecture.md, "Lists at a million"). A page after a known key is a seek on that key; a page by
 * its offset alone walks the ids of a covering index (the rows are read afterwards by id, the deferred join); a size
 * is counted up to the cap, and above it is the statistics' total for a list of a department or a key area, or "more
 * than the cap"; a page far down such a list is placed in its month by the same totals and skips only within it. The
 * indexes are V41's; the plans are in docs/performance.md.
 */
@Singleton
class ComplaintList {

    private static final String ORDER = " ORDER BY submitted_at DESC, id DESC";
    /** The list's order turned round, to read a page near its end from there. */
    private static final String REVERSED = " ORDER BY submitted_at ASC, id ASC";

    private final JdbcOperations jdbc;
    private final ComplaintDeadlines deadlines;
    private final ListSettings settings;
    private final List<ComplaintTotals> totals;

    ComplaintList(JdbcOperations jdbc, ComplaintDeadlines deadlines, ListSettings settings, List<ComplaintTotals> totals) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.settings = settings;
        this.totals = totals;
    }

    /** The ids of one page, in the list's order. */
    List<Long> ids(ComplaintFilter filter, ListPage page) {
        Placed placed = placed(filter, page);
        if (placed != null && !(page.nearEnd() && page.fromEnd() < placed.skip())) {
            return idsPlaced(filter, placed, page.limit());
        }
        if (page.nearEnd()) {
            return idsFromEnd(filter, page);
        }
        Where where = where(filter);
        StringBuilder sql = new StringBuilder("SELECT id FROM complaint");
        if (page.after() != null) {
            where.add("(submitted_at < ? OR (submitted_at = ? AND id < ?))", instant(page.after().value()),
                    instant(page.after().value()), page.after().id());
        }
        sql.append(where.sql()).append(ORDER).append(" LIMIT ?");
        boolean skip = page.after() == null && page.offset() > 0;
        if (skip) {
            sql.append(" OFFSET ?");
        }
        return jdbc.prepareStatement(sql.toString(), s -> {
            int i = where.bind(s);
            s.setInt(i++, page.limit());
            if (skip) {
                s.setLong(i, page.offset());
            }
            return read(s);
        });
    }

    /**
     * A page near the end of a list of known size, read from its end: the covering index walked oldest first, the rows
     * after the page skipped, the page's rows turned back into the list's order.
     */
    private List<Long> idsFromEnd(ComplaintFilter filter, ListPage page) {
        int limit = page.limitFromEnd();
        if (limit == 0) {
            return List.of();
        }
        Where where = where(filter);
        String sql = "SELECT id FROM complaint" + where.sql() + REVERSED + " LIMIT ? OFFSET ?";
        List<Long> ids = jdbc.prepareStatement(sql, s -> {
            int i = where.bind(s);
            s.setInt(i++, limit);
            s.setLong(i, page.fromEnd());
            return read(s);
        });
        Collections.reverse(ids);
        return ids;
    }

    /**
     * Where a page far down a list of all complaints, a department's or a key area's lies by the monthly totals: the
     * end of the month it falls in and how many of that month's rows come before it. {@code null} for a page that has
     * a key, lies within the cap (a short skip anyway), a list with other conditions, or a list the totals do not
     * reach (not refreshed yet, or complaints filed since the refresh pushed the page past them).
     */
    private Placed placed(ComplaintFilter filter, ListPage page) {
        if (page.after() != null || page.offset() < settings.countCap() || !byPlace(filter)) {
            return null;
        }
        for (ComplaintTotals source : totals) {
            long before = 0;
            for (ComplaintTotals.Month month : source.months(filter.departmentId(), filter.keyAreaId())) {
                if (page.offset() < before + month.received()) {
                    return new Placed(month.end(), page.offset() - before);
                }
                before += month.received();
            }
        }
        return null;
    }

    /** A page placed in its month: the list's rows from that month's end on, {@code skip} of them skipped. */
    private record Placed(Instant before, long skip) {
    }

    private List<Long> idsPlaced(ComplaintFilter filter, Placed placed, int limit) {
        Where where = where(filter);
        where.add("submitted_at < ?", Timestamp.from(placed.before()));
        String sql = "SELECT id FROM complaint" + where.sql() + ORDER + " LIMIT ? OFFSET ?";
        return jdbc.prepareStatement(sql, s -> {
            int i = where.bind(s);
            s.setInt(i++, limit);
            s.setLong(i, placed.skip());
            return read(s);
        });
    }

    /** A list of all complaints, of a department or of a key area: one the monthly totals count. */
    private static boolean byPlace(ComplaintFilter filter) {
        return (filter.states() == null || filter.states().isEmpty()) && filter.warning() == null;
    }

    private static List<Long> read(PreparedStatement s) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    /** How many complaints the filter finds, as far as it is cheap to know. */
    ListSize size(ComplaintFilter filter) {
        Where where = where(filter);
        long counted = jdbc.prepareStatement(BoundedCount.sql("FROM complaint" + where.sql()), s -> {
            int i = where.bind(s);
            s.setInt(i, BoundedCount.limit(settings));
            return single(s);
        });
        ListSize size = ListSize.bounded(counted, settings.countCap());
        if (size.exact() || !byPlace(filter)) {
            return size;
        }
        for (ComplaintTotals source : totals) {
            OptionalLong total = source.total(filter.departmentId(), filter.keyAreaId());
            if (total.isPresent() && total.getAsLong() > settings.countCap()) {
                return ListSize.about(total.getAsLong());
            }
        }
        return size;
    }

    private static long single(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Timestamp instant(Object value) {
        return Timestamp.from((Instant) value);
    }

    /** The WHERE clause of a filter without a text; the same conditions as {@code ComplaintQueries}' criteria. */
    private Where where(ComplaintFilter filter) {
        LocalDate today = deadlines.today();
        LocalDate yellowUntil = deadlines.yellowUntil();
        Where where = new Where();
        if (filter.states() != null && !filter.states().isEmpty()) {
            where.add("state IN " + names(filter.states()));
        }
        if (filter.departmentId() != null) {
            where.add("department_id = ?", filter.departmentId());
        }
        if (filter.keyAreaId() != null) {
            where.add("key_area_id = ?", filter.keyAreaId());
        }
        String beforeRouting = "state IN " + names(ComplaintQueries.BEFORE_ROUTING);
        String withDepartment = "state IN " + names(ComplaintQueries.WITH_DEPARTMENT);
        if (filter.warning() == Warning.RED) {
            where.add("((" + beforeRouting + " AND accept_due < ?) OR (" + withDepartment + " AND handle_due < ?))",
                    today, today);
        } else if (filter.warning() == Warning.YELLOW) {
            where.add("((" + beforeRouting + " AND accept_due BETWEEN ? AND ?) OR (" + withDepartment
                    + " AND handle_due BETWEEN ? AND ?))", today, yellowUntil, today, yellowUntil);
        } else if (filter.warning() == Warning.NONE) {
            // "not red nor yellow", written as a negation: no range of states to sort (it is most of the table), the
            // list is walked newest first from ix_complaint_submitted_list
            where.add("NOT ((" + beforeRouting + " AND accept_due <= ?) OR (" + withDepartment
                    + " AND handle_due <= ?))", yellowUntil, yellowUntil);
        }
        return where;
    }

    /** An IN list of states; the names are the enum's, never the user's. */
    private static String names(Set<ComplaintState> states) {
        return states.stream().map(Enum::name).sorted().collect(Collectors.joining("', '", "('", "')"));
    }

    /** Conditions joined by AND, with their parameters in order. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        void add(String condition, Object... values) {
            conditions.add(condition);
            params.addAll(List.of(values));
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        /** Binds the parameters from the first; returns the next index. */
        int bind(PreparedStatement s) throws SQLException {
            int i = 1;
            for (Object value : params) {
                if (value instanceof LocalDate date) {
                    s.setDate(i++, Date.valueOf(date));
                } else if (value instanceof Timestamp time) {
                    s.setTimestamp(i++, time);
                } else {
                    s.setLong(i++, (Long) value);
                }
            }
            return i;
        }
    }
}
