package org.sunshine.statistics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.sunshine.complaint.ComplaintTotals;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The complaint lists' totals from the monthly figures (the complaints received, summed over every month): a few
 * thousand rows instead of a million complaints, as old as the last refresh; unknown before the first one.
 */
@Singleton
class StatisticsTotals implements ComplaintTotals {

    private final JdbcOperations jdbc;

    StatisticsTotals(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OptionalLong total(@Nullable Long departmentId, @Nullable Long keyAreaId) {
        List<Long> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT SUM(received) FROM complaint_month_stats WHERE EXISTS "
                + "(SELECT 1 FROM statistics_refresh WHERE name = '" + StatisticsRefresh.NAME + "')");
        if (departmentId != null) {
            sql.append(" AND department_id = ?");
            args.add(departmentId);
        }
        if (keyAreaId != null) {
            sql.append(" AND key_area_id = ?");
            args.add(keyAreaId);
        }
        return jdbc.prepareStatement(sql.toString(), s -> {
            for (int i = 0; i < args.size(); i++) {
                s.setLong(i + 1, args.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long total = r.getLong(1);
                return r.wasNull() ? OptionalLong.empty() : OptionalLong.of(total);
            }
        });
    }
}
