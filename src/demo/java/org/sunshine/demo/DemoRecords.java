package org.sunshine.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * The demo city's disclosure records ({@code sunshine.demo-activity}): into a database without any, the records of
 * every department from 1 January of last year to yesterday ({@link RecordHistory}), so that last year's annual
 * reports have a whole year to count and this year's a year so far. 市民政局's 社会救助 item and 市财政局's 财政资金 item
 * miss their windows that ended two to three months ago: the monitor shows them overdue.
 */
@Singleton
@Requires(property = "sunshine.demo-activity", value = "true")
@Requires(bean = DemoData.class)
public class DemoRecords {

    /** (department code, item seq_no) whose windows starting 60–100 days ago get no record. */
    static final Set<String> MISSED = Set.of("MZJ#10", "CZJ#3");
    static final long SEED = 16L;

    private final RecordHistory history;
    private final JdbcOperations jdbc;
    private final Clock clock;

    DemoRecords(RecordHistory history, JdbcOperations jdbc, Clock clock) {
        this.history = history;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Called by {@link DemoActivity} after the demo city is loaded. */
    void load() {
        if (count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate from = LocalDate.of(today.getYear() - 1, 1, 1);
        history.generate(new RecordHistory.Spec(from, today.minusDays(1), 1.0, SEED,
                m -> MISSED.contains(m.departmentCode() + "#" + m.itemSeqNo())
                        && m.windowStart().isAfter(today.minusDays(100))
                        && m.windowStart().isBefore(today.minusDays(60))));
    }

    @Transactional(readOnly = true)
    long count() {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM disclosure_record", s -> {
            try (var r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
