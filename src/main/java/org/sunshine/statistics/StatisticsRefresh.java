package org.sunshine.statistics;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.base.BusinessClock;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps {@code complaint_month_stats} up to date (docs/architecture.md, "Statistics"). Every five minutes, and on
 * demand, it recomputes from the complaint table the months touched by the complaints changed since the last run
 * (their submission, handling deadline and reply months), and always the current month and the two before it: a
 * deadline passing or a reopened complaint's new reply changes those without touching an older month. The first run
 * computes every month. Each month is recomputed whole, in one transaction, so a reader sees it before or after.
 * <p>
 * Never in a screen's request: a first computation (a new database, or a rebuild asked for) runs in the background,
 * started with the application, and readers see the last figures committed, or none yet, until it is done
 * ({@link #building()} says whether one is under way).
 */
@Singleton
public class StatisticsRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(StatisticsRefresh.class);
    static final String NAME = "complaint_month_stats";
    private static final int RECENT_MONTHS = 3;

    private final JdbcOperations jdbc;
    private final BusinessClock clock;
    private final boolean scheduled;
    private final ExecutorService background;
    private final AtomicBoolean building = new AtomicBoolean();

    StatisticsRefresh(JdbcOperations jdbc, BusinessClock clock,
                      @Value("${sunshine.statistics.scheduled-refresh:true}") boolean scheduled,
                      @Named(TaskExecutors.IO) ExecutorService background) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.scheduled = scheduled;
        this.background = background;
    }

    /** With the scheduled refresh on, statistics never computed are computed at once, in the background. */
    @EventListener
    void onStartup(StartupEvent event) {
        if (scheduled && refreshedAt() == null) {
            refreshInBackground();
        }
    }

    /** Starts a refresh in the background, unless one started so is under way; returns at once. */
    public void refreshInBackground() {
        if (!building.compareAndSet(false, true)) {
            return;
        }
        try {
            background.execute(() -> {
                try {
                    refreshAlone();
                } catch (RuntimeException e) {
                    LOG.warn("The complaint statistics could not be computed; the next refresh tries again", e);
                } finally {
                    building.set(false);
                }
            });
        } catch (RuntimeException e) {
            building.set(false);
            throw e;
        }
    }

    /**
     * The background refresh, under the scheduled refresh's lock: while another node computes, this one does not
     * (its readers see the figures once that node has committed them).
     */
    @SchedulerLock(name = "statistics-refresh", lockAtMostFor = "30m")
    void refreshAlone() {
        long started = System.nanoTime();
        int months = refresh();
        LOG.info("Computed the complaint statistics of {} months in the background ({} ms)", months,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Whether a refresh started by {@link #refreshInBackground()} is under way. */
    public boolean building() {
        return building.get();
    }

    /**
     * One node at a time (docs/architecture.md, "Several nodes"): at most 30 minutes if its node dies (a first
     * computation at a million complaints takes minutes). Released as soon as it is done: a refresh started in the
     * background (a first computation, the dashboard's) must not be skipped for a lock held by no one at work, and a
     * second refresh right after the first costs little (only what changed since).
     */
    @Scheduled(fixedDelay = "5m", initialDelay = "20s")
    @SchedulerLock(name = "statistics-refresh", lockAtMostFor = "30m")
    void onSchedule() {
        if (!scheduled) {
            return;
        }
        int months = refresh();
        if (months > RECENT_MONTHS) {
            LOG.info("Recomputed the complaint statistics of {} months", months);
        }
    }

    /** Recomputes what changed; returns how many months. */
    @Transactional
    public synchronized int refresh() {
        Instant started = clock.now();
        Instant watermark = watermark();
        SortedSet<YearMonth> months = new TreeSet<>();
        ZoneId zone = clock.zone();
        if (watermark == null) {
            months.addAll(allMonths());
        } else {
            jdbc.prepareStatement("SELECT submitted_at, handle_due, replied_at FROM complaint WHERE updated_at >= ?", s -> {
                s.setTimestamp(1, Timestamp.from(watermark));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        months.add(month(r.getTimestamp(1), zone));
                        if (r.getDate(2) != null) {
                            months.add(YearMonth.from(r.getDate(2).toLocalDate()));
                        }
                        if (r.getTimestamp(3) != null) {
                            months.add(month(r.getTimestamp(3), zone));
                        }
                    }
                }
                return null;
            });
        }
        YearMonth current = YearMonth.from(clock.today());
        for (int i = 0; i < RECENT_MONTHS; i++) {
            months.add(current.minusMonths(i));
        }
        for (YearMonth month : months) {
            recompute(month);
        }
        saveWatermark(started);
        return months.size();
    }

    /** Recomputes every month that has complaints. */
    @Transactional
    public synchronized int rebuild() {
        jdbc.prepareStatement("DELETE FROM statistics_refresh WHERE name = ?", s -> {
            s.setString(1, NAME);
            return s.executeUpdate();
        });
        return refresh();
    }

    /** When the statistics were last refreshed, or {@code null} if never. */
    @Transactional(readOnly = true)
    public Instant refreshedAt() {
        return jdbc.prepareStatement("SELECT refreshed_at FROM statistics_refresh WHERE name = ?", s -> {
            s.setString(1, NAME);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getTimestamp(1).toInstant() : null;
            }
        });
    }

    private void recompute(YearMonth month) {
        ZoneId zone = clock.zone();
        LocalDate start = month.atDay(1);
        LocalDate end = month.atEndOfMonth();
        Timestamp from = Timestamp.from(start.atStartOfDay(zone).toInstant());
        Timestamp to = Timestamp.from(end.plusDays(1).atStartOfDay(zone).toInstant());
        LocalDate today = clock.today();
        Map<String, int[]> rows = new LinkedHashMap<>();
        // received, by submission
        jdbc.prepareStatement("SELECT COALESCE(department_id, 0), COALESCE(key_area_id, 0), COUNT(*) FROM complaint "
                + "WHERE submitted_at >= ? AND submitted_at < ? GROUP BY COALESCE(department_id, 0), COALESCE(key_area_id, 0)", s -> {
            s.setTimestamp(1, from);
            s.setTimestamp(2, to);
            collect(s, rows, (r, counts) -> counts[0] += r.getInt(3));
            return null;
        });
        // due, by the handling deadline: counted once the deadline has passed or it was replied
        jdbc.prepareStatement("SELECT COALESCE(department_id, 0), COALESCE(key_area_id, 0), COUNT(*), "
                + "SUM(CASE WHEN state IN ('REPLIED', 'CLOSED') AND rating_start <= handle_due THEN 1 ELSE 0 END) "
                + "FROM complaint WHERE handle_due BETWEEN ? AND ? AND state <> 'WITHDRAWN' "
                + "AND ((state IN ('REPLIED', 'CLOSED') AND rating_start IS NOT NULL) OR handle_due < ?) "
                + "GROUP BY COALESCE(department_id, 0), COALESCE(key_area_id, 0)", s -> {
            s.setDate(1, Date.valueOf(start));
            s.setDate(2, Date.valueOf(end));
            s.setDate(3, Date.valueOf(today));
            collect(s, rows, (r, counts) -> {
                counts[1] += r.getInt(3);
                counts[2] += r.getInt(4);
            });
            return null;
        });
        // replies, by the last reply
        jdbc.prepareStatement("SELECT COALESCE(department_id, 0), COALESCE(key_area_id, 0), COUNT(*), "
                + "SUM(CASE WHEN reopened THEN 1 ELSE 0 END), SUM(CASE WHEN rating = 'SATISFIED' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN rating = 'BASICALLY_SATISFIED' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN rating = 'DISSATISFIED' THEN 1 ELSE 0 END) FROM complaint "
                + "WHERE replied_at >= ? AND replied_at < ? GROUP BY COALESCE(department_id, 0), COALESCE(key_area_id, 0)", s -> {
            s.setTimestamp(1, from);
            s.setTimestamp(2, to);
            collect(s, rows, (r, counts) -> {
                counts[3] += r.getInt(3);
                counts[4] += r.getInt(4);
                counts[5] += r.getInt(5);
                counts[6] += r.getInt(6);
                counts[7] += r.getInt(7);
            });
            return null;
        });
        jdbc.prepareStatement("DELETE FROM complaint_month_stats WHERE month_start = ?", s -> {
            s.setDate(1, Date.valueOf(start));
            return s.executeUpdate();
        });
        if (rows.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO complaint_month_stats (month_start, department_id, key_area_id, received, due, "
                + "due_on_time, replied, reopened, satisfied, basic, dissatisfied) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
            for (Map.Entry<String, int[]> e : rows.entrySet()) {
                String[] key = e.getKey().split("/");
                s.setDate(1, Date.valueOf(start));
                s.setLong(2, Long.parseLong(key[0]));
                s.setLong(3, Long.parseLong(key[1]));
                for (int i = 0; i < 8; i++) {
                    s.setInt(4 + i, e.getValue()[i]);
                }
                s.addBatch();
            }
            return s.executeBatch();
        });
    }

    /** Adds a query's rows to the month's counts by department and key area. */
    private static void collect(PreparedStatement s, Map<String, int[]> rows, RowReader reader) throws java.sql.SQLException {
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                reader.read(r, rows.computeIfAbsent(r.getLong(1) + "/" + r.getLong(2), k -> new int[8]));
            }
        }
    }

    /** Reads one result row into counts. */
    private interface RowReader {
        void read(ResultSet row, int[] counts) throws java.sql.SQLException;
    }

    private SortedSet<YearMonth> allMonths() {
        SortedSet<YearMonth> months = new TreeSet<>();
        jdbc.prepareStatement("SELECT MIN(submitted_at), MAX(COALESCE(handle_due, DATE(submitted_at))) FROM complaint", s -> {
            try (ResultSet r = s.executeQuery()) {
                if (r.next() && r.getTimestamp(1) != null) {
                    YearMonth first = month(r.getTimestamp(1), clock.zone());
                    YearMonth last = YearMonth.from(clock.today());
                    if (r.getDate(2) != null && YearMonth.from(r.getDate(2).toLocalDate()).isAfter(last)) {
                        last = YearMonth.from(r.getDate(2).toLocalDate());
                    }
                    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                        months.add(m);
                    }
                }
            }
            return null;
        });
        return months;
    }

    private Instant watermark() {
        return jdbc.prepareStatement("SELECT watermark FROM statistics_refresh WHERE name = ?", s -> {
            s.setString(1, NAME);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getTimestamp(1).toInstant() : null;
            }
        });
    }

    private void saveWatermark(Instant at) {
        Timestamp stamp = Timestamp.from(at);
        jdbc.prepareStatement("DELETE FROM statistics_refresh WHERE name = ?", s -> {
            s.setString(1, NAME);
            return s.executeUpdate();
        });
        jdbc.prepareStatement("INSERT INTO statistics_refresh (name, watermark, refreshed_at) VALUES (?, ?, ?)", s -> {
            s.setString(1, NAME);
            // the run's start, less a minute: a change committed while the run read is looked at again next time
            s.setTimestamp(2, Timestamp.from(at.minus(1, ChronoUnit.MINUTES)));
            s.setTimestamp(3, stamp);
            return s.executeUpdate();
        });
    }

    private static YearMonth month(Timestamp t, ZoneId zone) {
        return YearMonth.from(t.toInstant().atZone(zone));
    }
}
