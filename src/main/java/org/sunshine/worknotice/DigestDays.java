package org.sunshine.worknotice;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.sunshine.base.BusinessClock;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which node sends a day's digest: the one that takes ShedLock's lock {@code daily-digest} (docs/architecture.md,
 * "Several nodes"), held for the run and for at most {@code take-over-after} — the run of a node that died is taken
 * over by another then. The day's row in {@code staff_digest_day} says when it was started and whether it was sent in
 * full, so a later look on any node does nothing; the event key {@code digest:<user>:<date>} keeps one message per
 * person and day even when a run is taken over.
 */
@Singleton
class DigestDays {

    static final String LOCK = "daily-digest";

    private final JdbcOperations jdbc;
    private final BusinessClock clock;
    private final LockProvider locks;

    DigestDays(JdbcOperations jdbc, BusinessClock clock, LockProvider locks) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.locks = locks;
    }

    /** The lock under which this node is to send the day's digest now, or empty if another node is sending it. */
    Optional<SimpleLock> claim(LocalDate day, Duration takeOverAfter) {
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(clock.now(), LOCK, takeOverAfter, Duration.ZERO));
        lock.ifPresent(held -> started(day));
        return lock;
    }

    @Transactional
    void started(LocalDate day) {
        jdbc.prepareStatement("INSERT IGNORE INTO staff_digest_day (day, claimed_at) VALUES (?, ?)", s -> {
            s.setDate(1, Date.valueOf(day));
            s.setTimestamp(2, Timestamp.from(clock.now()));
            return s.executeUpdate();
        });
    }

    /** Whether the day's digest was sent in full (so a later look need not even try). */
    @Transactional(readOnly = true)
    boolean finished(LocalDate day) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM staff_digest_day WHERE day = ? AND finished_at IS NOT NULL",
                s -> {
                    s.setDate(1, Date.valueOf(day));
                    try (var r = s.executeQuery()) {
                        r.next();
                        return r.getInt(1) > 0;
                    }
                });
    }

    @Transactional
    void finish(LocalDate day) {
        jdbc.prepareStatement("UPDATE staff_digest_day SET finished_at = ? WHERE day = ?", s -> {
            s.setTimestamp(1, Timestamp.from(clock.now()));
            s.setDate(2, Date.valueOf(day));
            return s.executeUpdate();
        });
    }
}
