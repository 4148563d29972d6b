package org.sunshine.statistics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.directory.DepartmentType;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's figures about findings: how many are open now, and where those filed in a filter's months stand in
 * their rectification, by department. Read from the findings themselves, not from the monthly statistics.
 */
@Singleton
public class FindingFigures {

    private final JdbcOperations jdbc;
    private final BusinessClock clock;

    FindingFigures(JdbcOperations jdbc, BusinessClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A department's findings filed in the months of a filter, by where they stand now. */
    public record FindingProgress(long departmentId, String departmentName, int toConfirm, int rectifying, int reported,
                                  int returned, int closed, int dismissed) {

        public int total() {
            return toConfirm + rectifying + reported + returned + closed + dismissed;
        }
    }

    /** Findings open now (to be confirmed, or being rectified), of the departments of a kind and about a key area. */
    @Transactional(readOnly = true)
    public long openFindings(@Nullable DepartmentType type, @Nullable Long keyAreaId) {
        String sql = "SELECT COUNT(*) FROM finding f "
                + (type == null ? "" : "JOIN department d ON d.id = f.department_id AND d.type = ? ")
                + "WHERE f.state IN ('SUBMITTED', 'RECTIFYING')" + (keyAreaId == null ? "" : " AND f.key_area_id = ?");
        return jdbc.prepareStatement(sql, s -> {
            int i = 1;
            if (type != null) {
                s.setString(i++, type.name());
            }
            if (keyAreaId != null) {
                s.setLong(i, keyAreaId);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    /** Findings filed in the months of a filter (about its key area, if any), by department and where they stand. */
    @Transactional(readOnly = true)
    public List<FindingProgress> findings(StatisticsQueries.Filter filter) {
        Map<Long, String> names = new LinkedHashMap<>();
        StatisticsQueries.departments(jdbc, filter.type(), (id, name, code, t) -> names.put(id, name));
        // the stage as finding_list gives it (a finding being rectified: where its rectification stands), the
        // findings read from ix_finding_filed and only those being rectified looked up in rectification
        String sql = "SELECT f.department_id, CASE WHEN r.state IS NOT NULL THEN r.state ELSE f.state END AS stage, COUNT(*) "
                + "FROM finding f LEFT JOIN rectification r ON f.state = 'RECTIFYING' AND r.subject_kind = 'finding' "
                + "AND r.subject_id = f.id WHERE f.filed_at >= ? AND f.filed_at < ?"
                + (filter.keyAreaId() == null ? "" : " AND f.key_area_id = ?")
                + " GROUP BY f.department_id, CASE WHEN r.state IS NOT NULL THEN r.state ELSE f.state END";
        Map<Long, int[]> counts = new LinkedHashMap<>();
        jdbc.prepareStatement(sql, s -> {
            s.setTimestamp(1, Timestamp.from(filter.from().withDayOfMonth(1).atStartOfDay(clock.zone()).toInstant()));
            s.setTimestamp(2, Timestamp.from(YearMonth.from(filter.to()).atEndOfMonth().plusDays(1)
                    .atStartOfDay(clock.zone()).toInstant()));
            if (filter.keyAreaId() != null) {
                s.setLong(3, filter.keyAreaId());
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int column = switch (r.getString(2)) {
                        case "SUBMITTED" -> 0;
                        case "RECTIFYING" -> 1;
                        case "REPORTED" -> 2;
                        case "RETURNED" -> 3;
                        case "CLOSED" -> 4;
                        default -> 5;
                    };
                    counts.computeIfAbsent(r.getLong(1), k -> new int[6])[column] += r.getInt(3);
                }
            }
            return null;
        });
        List<FindingProgress> rows = new ArrayList<>();
        counts.forEach((id, c) -> {
            if (names.containsKey(id)) {
                rows.add(new FindingProgress(id, names.get(id), c[0], c[1], c[2], c[3], c[4], c[5]));
            }
        });
        rows.sort(Comparator.comparingInt(FindingProgress::total).reversed().thenComparing(FindingProgress::departmentName));
        return rows;
    }
}
