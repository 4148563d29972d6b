package org.sunshine.worknotice;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Which node sends a day's digest ({@code staff_digest_day}): the first to insert the day's row; another takes the
 * run over only when it was left unfinished for longer than {@code take-over-after}. Each claim is committed at once,
 * so every node sees it.
 */
@Singleton
class DigestDays {

    private final JdbcOperations jdbc;
    private final BusinessClock clock;

    DigestDays(JdbcOperations jdbc, BusinessClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether this node is to send the day's digest now. */
    @Transactional
    boolean claim(LocalDate day, Duration takeOverAfter) {
        Instant now = clock.now();
        int inserted = jdbc.prepareStatement("INSERT IGNORE INTO staff_digest_day (day, claimed_at) VALUES (?, ?)", s -> {
            s.setDate(1, Date.valueOf(day));
            s.setTimestamp(2, Timestamp.from(now));
            return s.executeUpdate();
        });
        if (inserted == 1) {
            return true;
        }
        return jdbc.prepareStatement("UPDATE staff_digest_day SET claimed_at = ? "
                + "WHERE day = ? AND finished_at IS NULL AND claimed_at < ?", s -> {
            s.setTimestamp(1, Timestamp.from(now));
            s.setDate(2, Date.valueOf(day));
            s.setTimestamp(3, Timestamp.from(now.minus(takeOverAfter)));
            return s.executeUpdate();
        }) == 1;
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
