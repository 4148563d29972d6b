package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checker's side of {@code disclosure_record} (V26), in SQL of its own: the record entity never writes the claim,
 * the day count or the finding, so an edit of a record and a check of its link do not overwrite each other. A check
 * is written only by the run holding the record's claim, and only if the URL is still the one checked.
 */
@Singleton
class LinkStore {

    /** A claimed record: its URL as it was when claimed. */
    record Claimed(long id, String url) {
    }

    /** A check written: the link's state before, and its facts after. */
    record Written(LinkState before, LinkVerdict.Facts after) {
    }

    private static final String CANDIDATE_COLUMNS = "id, department_id, title, url, link_state, link_failing_since, "
            + "link_checked_at, link_failures, link_fail_days, link_error, link_finding_id";

    private final JdbcOperations jdbc;

    LinkStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims up to {@code limit} records due for a check, those never checked (or whose URL changed) first, then
     * those checked longest ago before {@code dueBefore}; a claim held by another run until after {@code now} is left.
     */
    @Transactional
    public List<Claimed> claimDue(String token, Instant now, Instant until, Instant dueBefore, int limit) {
        int claimed = jdbc.prepareStatement("UPDATE disclosure_record SET link_claim = ?, link_claimed_until = ? "
                + "WHERE url <> '' AND link_state = 'UNCHECKED' "
                + "AND (link_claimed_until IS NULL OR link_claimed_until < ?) ORDER BY id LIMIT ?", s -> {
            s.setString(1, token);
            s.setTimestamp(2, Timestamp.from(until));
            s.setTimestamp(3, Timestamp.from(now));
            s.setInt(4, limit);
            return s.executeUpdate();
        });
        if (claimed < limit) {
            jdbc.prepareStatement("UPDATE disclosure_record SET link_claim = ?, link_claimed_until = ? "
                    + "WHERE url <> '' AND link_state <> 'UNCHECKED' AND link_checked_at <= ? "
                    + "AND (link_claimed_until IS NULL OR link_claimed_until < ?) ORDER BY link_checked_at LIMIT ?", s -> {
                s.setString(1, token);
                s.setTimestamp(2, Timestamp.from(until));
                s.setTimestamp(3, Timestamp.from(dueBefore));
                s.setTimestamp(4, Timestamp.from(now));
                s.setInt(5, limit - claimed);
                return s.executeUpdate();
            });
        }
        return jdbc.prepareStatement("SELECT id, url FROM disclosure_record WHERE link_claim = ? ORDER BY id", s -> {
            s.setString(1, token);
            List<Claimed> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Claimed(r.getLong(1), r.getString(2)));
                }
            }
            return rows;
        });
    }

    /** Claims one record with a URL, unless another check of it is under way. */
    @Transactional
    public Optional<Claimed> claimOne(long id, String token, Instant now, Instant until) {
        int claimed = jdbc.prepareStatement("UPDATE disclosure_record SET link_claim = ?, link_claimed_until = ? "
                + "WHERE id = ? AND url <> '' AND (link_claimed_until IS NULL OR link_claimed_until < ?)", s -> {
            s.setString(1, token);
            s.setTimestamp(2, Timestamp.from(until));
            s.setLong(3, id);
            s.setTimestamp(4, Timestamp.from(now));
            return s.executeUpdate();
        });
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.prepareStatement("SELECT url FROM disclosure_record WHERE id = ?", s -> {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Claimed(id, r.getString(1))) : Optional.empty();
            }
        });
    }

    /**
     * Writes a check of a claimed record and lets the claim go; returns the link's new facts, or empty when the claim
     * was lost (the lease ran out and another run took it) or the URL changed meanwhile (that check is not written).
     */
    @Transactional
    public Optional<Written> record(Claimed claimed, String token, LinkOutcome outcome, Instant now,
                                              ZoneId zone, int deadAfterDays) {
        Optional<Locked> locked = jdbc.prepareStatement("SELECT url, link_state, link_checked_at, link_failures, "
                + "link_fail_days, link_failing_since FROM disclosure_record WHERE id = ? AND link_claim = ? FOR UPDATE", s -> {
            s.setLong(1, claimed.id());
            s.setString(2, token);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Locked(r.getString(1), new LinkVerdict.Facts(LinkState.valueOf(r.getString(2)),
                        instant(r, 3), r.getInt(4), r.getInt(5), instant(r, 6))));
            }
        });
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        if (!locked.get().url().equals(claimed.url())) {
            release(claimed.id(), token);
            return Optional.empty();
        }
        LinkVerdict.Facts before = locked.get().facts();
        LinkVerdict.Facts after = LinkVerdict.after(before, outcome, now, zone, deadAfterDays);
        boolean forgetFinding = after.state() == LinkState.OK || before.state() == LinkState.UNCHECKED;
        jdbc.prepareStatement("UPDATE disclosure_record SET link_state = ?, link_checked_at = ?, link_failures = ?, "
                + "link_fail_days = ?, link_failing_since = ?, link_error = ?, "
                + "link_finding_id = CASE WHEN ? THEN NULL ELSE link_finding_id END, "
                + "link_claim = NULL, link_claimed_until = NULL WHERE id = ?", s -> {
            s.setString(1, after.state().name());
            s.setTimestamp(2, Timestamp.from(after.checkedAt()));
            s.setInt(3, after.failures());
            s.setInt(4, after.failDays());
            setInstant(s, 5, after.failingSince());
            s.setString(6, outcome.ok() ? null : outcome.error());
            s.setBoolean(7, forgetFinding);
            s.setLong(8, claimed.id());
            return s.executeUpdate();
        });
        return Optional.of(new Written(before.state(), after));
    }

    private record Locked(String url, LinkVerdict.Facts facts) {
    }

    /** Lets a claim go without a check (the run's time was up). */
    @Transactional
    public void release(long id, String token) {
        jdbc.prepareStatement("UPDATE disclosure_record SET link_claim = NULL, link_claimed_until = NULL "
                + "WHERE id = ? AND link_claim = ?", s -> {
            s.setLong(1, id);
            s.setString(2, token);
            return s.executeUpdate();
        });
    }

    /** Keeps a run for the "last run" line; runs older than {@code forgetBefore} go. */
    @Transactional
    public void saveRun(Instant startedAt, LinkRun run, Instant forgetBefore) {
        jdbc.prepareStatement("DELETE FROM link_check_run WHERE finished_at < ?", s -> {
            s.setTimestamp(1, Timestamp.from(forgetBefore));
            return s.executeUpdate();
        });
        jdbc.prepareStatement("INSERT INTO link_check_run (started_at, finished_at, checked, failed, became_dead) "
                + "VALUES (?, ?, ?, ?, ?)", s -> {
            s.setTimestamp(1, Timestamp.from(startedAt));
            s.setTimestamp(2, Timestamp.from(run.finishedAt()));
            s.setInt(3, run.checked());
            s.setInt(4, run.failed());
            s.setInt(5, run.becameDead());
            return s.executeUpdate();
        });
    }

    @Transactional(readOnly = true)
    public Optional<LinkRun> lastRun() {
        return jdbc.prepareStatement("SELECT finished_at, checked, failed, became_dead FROM link_check_run "
                + "ORDER BY finished_at DESC, id DESC LIMIT 1", s -> {
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new LinkRun(instant(r, 1), r.getInt(2), r.getInt(3), r.getInt(4)))
                        : Optional.empty();
            }
        });
    }

    /** One page of the failing links (DEAD first, then the longest failing), of one department or all. */
    @Transactional(readOnly = true)
    public List<LinkCandidate> candidates(@Nullable Long departmentId, Set<LinkState> states, int offset, int limit) {
        return jdbc.prepareStatement("SELECT " + CANDIDATE_COLUMNS + " FROM disclosure_record" + where(departmentId, states)
                + " ORDER BY CASE WHEN link_state = 'DEAD' THEN 0 ELSE 1 END, link_failing_since, id LIMIT ? OFFSET ?", s -> {
            int next = bind(s, departmentId);
            s.setInt(next, limit);
            s.setInt(next + 1, offset);
            List<LinkCandidate> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(candidate(r));
                }
            }
            return rows;
        });
    }

    @Transactional(readOnly = true)
    public long count(@Nullable Long departmentId, Set<LinkState> states) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM disclosure_record" + where(departmentId, states), s -> {
            bind(s, departmentId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    /** The record's link as the list shows it, whatever its state. */
    @Transactional(readOnly = true)
    public Optional<LinkCandidate> find(long id) {
        return jdbc.prepareStatement("SELECT " + CANDIDATE_COLUMNS + " FROM disclosure_record WHERE id = ?", s -> {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(candidate(r)) : Optional.empty();
            }
        });
    }

    /** The record's link, its row locked until the transaction ends (two confirmations are taken in turn). */
    @Transactional
    public Optional<LinkCandidate> lock(long id) {
        return jdbc.prepareStatement("SELECT " + CANDIDATE_COLUMNS + " FROM disclosure_record WHERE id = ? FOR UPDATE", s -> {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(candidate(r)) : Optional.empty();
            }
        });
    }

    @Transactional
    public void linkFinding(long id, long findingId) {
        jdbc.prepareStatement("UPDATE disclosure_record SET link_finding_id = ? WHERE id = ?", s -> {
            s.setLong(1, findingId);
            s.setLong(2, id);
            return s.executeUpdate();
        });
    }

    private static String where(@Nullable Long departmentId, Set<LinkState> states) {
        String in = states.stream().map(st -> "'" + st.name() + "'").sorted().collect(Collectors.joining(", "));
        return " WHERE link_state IN (" + in + ")" + (departmentId == null ? "" : " AND department_id = ?");
    }

    private static int bind(PreparedStatement s, @Nullable Long departmentId) throws SQLException {
        if (departmentId == null) {
            return 1;
        }
        s.setLong(1, departmentId);
        return 2;
    }

    private static LinkCandidate candidate(ResultSet r) throws SQLException {
        long findingId = r.getLong(11);
        Long finding = r.wasNull() ? null : findingId;
        return new LinkCandidate(r.getLong(1), r.getLong(2), "", r.getString(3), r.getString(4),
                LinkState.valueOf(r.getString(5)), instant(r, 6), instant(r, 7), r.getInt(8), r.getInt(9),
                r.getString(10), finding);
    }

    @Nullable
    private static Instant instant(ResultSet r, int column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static void setInstant(PreparedStatement s, int index, @Nullable Instant value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.TIMESTAMP);
        } else {
            s.setTimestamp(index, Timestamp.from(value));
        }
    }
}
