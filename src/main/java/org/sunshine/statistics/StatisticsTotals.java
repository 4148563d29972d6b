package org.sunshine.statistics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.complaint.ComplaintTotals;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The complaint lists' totals from the monthly figures (the complaints received, by the month of their submission in
 * the business time zone): a few thousand rows instead of a million complaints, as old as the last refresh; unknown
 * before the first one.
 */
@Singleton
class StatisticsTotals implements ComplaintTotals {

    private static final String REFRESHED = " WHERE EXISTS (SELECT 1 FROM statistics_refresh WHERE name = '"
            + StatisticsRefresh.NAME + "')";

    private final JdbcOperations jdbc;
    private final BusinessClock clock;

    StatisticsTotals(JdbcOperations jdbc, BusinessClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public OptionalLong total(@Nullable Long departmentId, @Nullable Long keyAreaId) {
        List<Long> args = new ArrayList<>();
        String sql = "SELECT SUM(received) FROM complaint_month_stats" + REFRESHED + of(departmentId, keyAreaId, args);
        return jdbc.prepareStatement(sql, s -> {
            try (ResultSet r = bind(s, args).executeQuery()) {
                r.next();
                long total = r.getLong(1);
                return r.wasNull() ? OptionalLong.empty() : OptionalLong.of(total);
            }
        });
    }

    @Override
    public List<Month> months(@Nullable Long departmentId, @Nullable Long keyAreaId) {
        List<Long> args = new ArrayList<>();
        String sql = "SELECT month_start, SUM(received) FROM complaint_month_stats" + REFRESHED
                + of(departmentId, keyAreaId, args) + " GROUP BY month_start ORDER BY month_start DESC";
        return jdbc.prepareStatement(sql, s -> {
            List<Month> months = new ArrayList<>();
            try (ResultSet r = bind(s, args).executeQuery()) {
                while (r.next()) {
                    var end = r.getDate(1).toLocalDate().plusMonths(1).atStartOfDay(clock.zone()).toInstant();
                    months.add(new Month(end, r.getLong(2)));
                }
            }
            return months;
        });
    }

    private static String of(@Nullable Long departmentId, @Nullable Long keyAreaId, List<Long> args) {
        StringBuilder sql = new StringBuilder();
        if (departmentId != null) {
            sql.append(" AND department_id = ?");
            args.add(departmentId);
        }
        if (keyAreaId != null) {
            sql.append(" AND key_area_id = ?");
            args.add(keyAreaId);
        }
        return sql.toString();
    }

    private static PreparedStatement bind(PreparedStatement s, List<Long> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            s.setLong(i + 1, args.get(i));
        }
        return s;
    }
}
