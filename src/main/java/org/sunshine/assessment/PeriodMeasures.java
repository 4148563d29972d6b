package org.sunshine.assessment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The measured data of a period as it was published ({@code period_measure}): taken once, when the lead inspector
 * publishes, and read instead of measuring again from then on, so that what the departments were shown, answer and
 * see locked is the same (docs/architecture.md, "Publication freezes the measures").
 */
@Singleton
class PeriodMeasures {

    private final JdbcOperations jdbc;

    PeriodMeasures(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the measures of a period (a period is measured once: there is nothing there before). */
    @Transactional
    void save(long periodId, Map<Long, Map<Metric, Marks.Measure>> measures) {
        jdbc.prepareStatement("INSERT INTO period_measure (period_id, department_id, metric, measured, volume) "
                + "VALUES (?, ?, ?, ?, ?)", s -> {
            for (Map.Entry<Long, Map<Metric, Marks.Measure>> department : measures.entrySet()) {
                for (Map.Entry<Metric, Marks.Measure> m : department.getValue().entrySet()) {
                    s.setLong(1, periodId);
                    s.setLong(2, department.getKey());
                    s.setString(3, m.getKey().name());
                    s.setDouble(4, m.getValue().value());
                    s.setLong(5, m.getValue().volume());
                    s.addBatch();
                }
            }
            s.executeBatch();
            return null;
        });
    }

    /** The measures kept for a period, by department. */
    @Transactional(readOnly = true)
    Map<Long, Map<Metric, Marks.Measure>> load(long periodId) {
        return jdbc.prepareStatement("SELECT department_id, metric, measured, volume FROM period_measure "
                + "WHERE period_id = ?", s -> {
            s.setLong(1, periodId);
            Map<Long, Map<Metric, Marks.Measure>> all = new HashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    all.computeIfAbsent(r.getLong(1), d -> new HashMap<>())
                            .put(Metric.valueOf(r.getString(2)), new Marks.Measure(r.getDouble(3), r.getLong(4)));
                }
            }
            return all;
        });
    }
}
