package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.directory.DirectoryNames;
import org.sunshine.security.SignedInUser;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The records published after their deadline ({@code disclosure_record.late}), as the monitor lists them, paged in
 * the database; and the records' timeliness by department (due in a period: published by the deadline, or not).
 * A year's records are those whose deadline fell in it. A handler sees their own department's; inspectors, leaders
 * and administrators all.
 */
@Singleton
public class LateRecords {

    private final JdbcOperations jdbc;
    private final DirectoryNames directoryNames;
    private final WorkingDayCalendar calendar;

    LateRecords(JdbcOperations jdbc, DirectoryNames directoryNames, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.directoryNames = directoryNames;
        this.calendar = calendar;
    }

    /** The records due in a year, of one department or all. */
    public record Filter(int year, @Nullable Long departmentId) {
    }

    /**
     * A late record.
     *
     * @param itemName  the responsibility item it fulfils, as "3. 财政资金信息公开"
     * @param daysLate  working days between its deadline and its publication
     * @param findingId the finding the inspector made of it, if any
     */
    public record LateRow(long recordId, long departmentId, String departmentName, String title, String docNumber,
                          RecordCategory category, @Nullable Long itemId, @Nullable String itemName,
                          LocalDate formedOn, LocalDate dueOn, LocalDate publishedOn, int daysLate,
                          @Nullable Long findingId) {
    }

    /** A department's records due in a period, and how many of them were published by the deadline. */
    public record Timeliness(long departmentId, String departmentName, long due, long onTime) {

        public double rate() {
            return due == 0 ? 0 : (double) onTime / due;
        }
    }

    /** One page of the late records, the latest deadline first. */
    @Transactional(readOnly = true)
    public List<LateRow> page(Filter filter, SignedInUser viewer, int offset, int limit) {
        Long department = CadenceWatch.scope(filter.departmentId(), viewer);
        String sql = "SELECT r.id, r.department_id, r.title, r.doc_number, r.category, r.item_id, r.formed_on, "
                + "r.due_on, r.published_on, m.finding_id FROM disclosure_record r "
                + "LEFT JOIN disclosure_miss_finding m ON m.record_id = r.id" + where(department)
                + " ORDER BY r.due_on DESC, r.id DESC LIMIT ? OFFSET ?";
        DirectoryNames.Names names = directoryNames.read();
        return jdbc.prepareStatement(sql, s -> {
            int next = bind(s, filter.year(), department);
            s.setInt(next, Math.max(0, limit));
            s.setInt(next + 1, Math.max(0, offset));
            List<LateRow> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long departmentId = r.getLong(2);
                    Long itemId = r.getObject(6) == null ? null : r.getLong(6);
                    LocalDate due = r.getObject(8, LocalDate.class);
                    LocalDate published = r.getObject(9, LocalDate.class);
                    rows.add(new LateRow(r.getLong(1), departmentId, names.department(departmentId), r.getString(3),
                            r.getString(4), RecordCategory.valueOf(r.getString(5)), itemId, names.item(itemId),
                            r.getObject(7, LocalDate.class), due, published,
                            Math.abs(calendar.workingDaysLeft(published, due)),
                            r.getObject(10) == null ? null : r.getLong(10)));
                }
            }
            return rows;
        });
    }

    @Transactional(readOnly = true)
    public long count(Filter filter, SignedInUser viewer) {
        Long department = CadenceWatch.scope(filter.departmentId(), viewer);
        return jdbc.prepareStatement("SELECT COUNT(*) FROM disclosure_record r" + where(department), s -> {
            bind(s, filter.year(), department);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    /** Each department's records due from {@code from} to {@code to}, and how many were on time; by name. */
    @Transactional(readOnly = true)
    public List<Timeliness> timeliness(LocalDate from, LocalDate to) {
        String sql = "SELECT department_id, COUNT(*), CAST(SUM(CASE WHEN late THEN 0 ELSE 1 END) AS SIGNED) "
                + "FROM disclosure_record WHERE due_on BETWEEN ? AND ? GROUP BY department_id";
        DirectoryNames.Names names = directoryNames.read();
        return jdbc.prepareStatement(sql, s -> {
            s.setObject(1, from);
            s.setObject(2, to);
            List<Timeliness> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Timeliness(r.getLong(1), names.department(r.getLong(1)), r.getLong(2), r.getLong(3)));
                }
            }
            rows.sort(Comparator.comparing(Timeliness::departmentName));
            return rows;
        });
    }

    private static String where(@Nullable Long department) {
        return " WHERE r.late = TRUE AND r.due_on BETWEEN ? AND ?" + (department == null ? "" : " AND r.department_id = ?");
    }

    private static int bind(PreparedStatement s, int year, @Nullable Long department) throws SQLException {
        s.setObject(1, LocalDate.of(year, 1, 1));
        s.setObject(2, LocalDate.of(year, 12, 31));
        if (department == null) {
            return 3;
        }
        s.setLong(3, department);
        return 4;
    }
}
