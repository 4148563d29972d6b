package org.sunshine.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outbox's table ({@code notification_outbox}, V28) in SQL of its own. Writing joins the caller's transaction;
 * a sender run's claim, and each verdict after it, is a short transaction of its own, and a verdict is written only
 * by the run that still holds the row's claim.
 */
@Singleton
class OutboxStore {

    /** A message to write. */
    record NewMessage(String eventKey, Channel channel, String recipient, String template, String locale,
                      List<String> args, boolean requested, @Nullable String subject, String body, OutboxState state,
                      @Nullable SkipReason skipReason, Instant now) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, event_key, channel, recipient, template, locale, args, requested, "
            + "subject, body, state, skip_reason, provider, provider_ref, attempts, next_attempt_at, last_error, "
            + "created_at, sent_at, updated_at";

    private final JdbcOperations jdbc;

    OutboxStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes a message unless one with its event key and channel exists: that one stands, and the caller's
     * transaction goes on (ON DUPLICATE KEY UPDATE, not an error: a failed statement would leave the transaction to
     * the caller's error handling).
     */
    @Transactional
    public void insert(NewMessage m) {
        jdbc.prepareStatement("INSERT INTO notification_outbox (event_key, channel, recipient, template, locale, args, "
                + "requested, subject, body, state, skip_reason, attempts, next_attempt_at, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id", s -> {
            s.setString(1, m.eventKey());
            s.setString(2, m.channel().name());
            s.setString(3, m.recipient());
            s.setString(4, m.template());
            s.setString(5, m.locale());
            s.setString(6, json(m.args()));
            s.setBoolean(7, m.requested());
            s.setString(8, m.subject());
            s.setString(9, m.body());
            s.setString(10, m.state().name());
            s.setString(11, m.skipReason() == null ? null : m.skipReason().name());
            setInstant(s, 12, m.state() == OutboxState.PENDING ? m.now() : null);
            s.setTimestamp(13, Timestamp.from(m.now()));
            s.setTimestamp(14, Timestamp.from(m.now()));
            return s.executeUpdate();
        });
    }

    /**
     * Claims up to {@code limit} pending messages that are due, oldest due first, counting the attempt; a claim held
     * by another run until after {@code now} is left. READ COMMITTED: the claim neither waits for a step's uncommitted
     * message nor locks a gap a step would write into, so a step never waits for a sender.
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public List<OutboxMessage> claimDue(String token, Instant now, Instant until, int maxAttempts, int limit) {
        jdbc.prepareStatement("UPDATE notification_outbox SET claim = ?, claimed_until = ?, attempts = attempts + 1, "
                + "updated_at = ? WHERE state = 'PENDING' AND next_attempt_at <= ? AND attempts < ? "
                + "AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY next_attempt_at, id LIMIT ?", s -> {
            s.setString(1, token);
            s.setTimestamp(2, Timestamp.from(until));
            s.setTimestamp(3, Timestamp.from(now));
            s.setTimestamp(4, Timestamp.from(now));
            s.setInt(5, maxAttempts);
            s.setTimestamp(6, Timestamp.from(now));
            s.setInt(7, limit);
            return s.executeUpdate();
        });
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM notification_outbox WHERE claim = ? "
                + "AND state = 'PENDING' ORDER BY next_attempt_at, id", s -> {
            s.setString(1, token);
            return list(s);
        });
    }

    /**
     * A message whose last attempt was started and never finished (its run's instance stopped) and that has had all
     * its attempts: FAILED once its claim has lapsed.
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public int failAbandoned(Instant now, int maxAttempts) {
        return jdbc.prepareStatement("UPDATE notification_outbox SET state = 'FAILED', claim = NULL, "
                + "claimed_until = NULL, next_attempt_at = NULL, updated_at = ?, "
                + "last_error = COALESCE(last_error, 'interrupted') WHERE state = 'PENDING' AND attempts >= ? "
                + "AND claimed_until < ?", s -> {
            s.setTimestamp(1, Timestamp.from(now));
            s.setInt(2, maxAttempts);
            s.setTimestamp(3, Timestamp.from(now));
            return s.executeUpdate();
        });
    }

    /** Sent: written only while the run holds the claim; false when it lost it. */
    @Transactional
    public boolean sent(long id, String token, String provider, @Nullable String providerRef, Instant now) {
        return verdict(id, token, "state = 'SENT', provider = ?, provider_ref = ?, sent_at = ?, next_attempt_at = NULL, "
                + "last_error = NULL", now, s -> {
            s.setString(1, provider);
            s.setString(2, cut(providerRef, 100));
            s.setTimestamp(3, Timestamp.from(now));
            return 4;
        });
    }

    /** A failed attempt to be tried again at {@code at}. */
    @Transactional
    public boolean retryLater(long id, String token, Instant at, String error, Instant now) {
        return verdict(id, token, "next_attempt_at = ?, last_error = ?", now, s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, cut(error, 500));
            return 3;
        });
    }

    /** A failed attempt that is the last. */
    @Transactional
    public boolean failed(long id, String token, String error, Instant now) {
        return verdict(id, token, "state = 'FAILED', next_attempt_at = NULL, last_error = ?", now, s -> {
            s.setString(1, cut(error, 500));
            return 2;
        });
    }

    /** Not to be sent after all (the channel was turned off, the address opted out meanwhile). */
    @Transactional
    public boolean skipped(long id, String token, SkipReason reason, Instant now) {
        return verdict(id, token, "state = 'SKIPPED', skip_reason = ?, next_attempt_at = NULL, "
                + "attempts = attempts - 1", now, s -> {
            s.setString(1, reason.name());
            return 2;
        });
    }

    private interface Binder {
        /** Binds the SET's parameters and returns the next index. */
        int bind(PreparedStatement s) throws SQLException;
    }

    private boolean verdict(long id, String token, String set, Instant now, Binder binder) {
        return jdbc.prepareStatement("UPDATE notification_outbox SET " + set + ", claim = NULL, claimed_until = NULL, "
                + "updated_at = ? WHERE id = ? AND claim = ? AND state = 'PENDING'", s -> {
            int next = binder.bind(s);
            s.setTimestamp(next, Timestamp.from(now));
            s.setLong(next + 1, id);
            s.setString(next + 2, token);
            return s.executeUpdate() == 1;
        });
    }

    /** A FAILED message made PENDING again, due now, its attempts counted anew. False if it was not FAILED. */
    @Transactional
    public boolean retry(long id, Instant now) {
        return jdbc.prepareStatement("UPDATE notification_outbox SET state = 'PENDING', attempts = 0, "
                + "next_attempt_at = ?, claim = NULL, claimed_until = NULL, updated_at = ? "
                + "WHERE id = ? AND state = 'FAILED'", s -> {
            s.setTimestamp(1, Timestamp.from(now));
            s.setTimestamp(2, Timestamp.from(now));
            s.setLong(3, id);
            return s.executeUpdate() == 1;
        });
    }

    @Transactional(readOnly = true)
    public Optional<OutboxMessage> find(long id) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM notification_outbox WHERE id = ?", s -> {
            s.setLong(1, id);
            return list(s).stream().findFirst();
        });
    }

    @Transactional(readOnly = true)
    public Optional<OutboxMessage> find(String eventKey, Channel channel) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM notification_outbox WHERE event_key = ? "
                + "AND channel = ?", s -> {
            s.setString(1, eventKey);
            s.setString(2, channel.name());
            return list(s).stream().findFirst();
        });
    }

    /** One page, newest first. */
    @Transactional(readOnly = true)
    public List<OutboxMessage> page(OutboxFilter filter, int offset, int limit) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM notification_outbox" + where(filter)
                + " ORDER BY id DESC LIMIT ? OFFSET ?", s -> {
            int next = bind(s, filter);
            s.setInt(next, limit);
            s.setInt(next + 1, offset);
            return list(s);
        });
    }

    @Transactional(readOnly = true)
    public long count(OutboxFilter filter) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM notification_outbox" + where(filter), s -> {
            bind(s, filter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private static String where(OutboxFilter filter) {
        List<String> terms = new ArrayList<>();
        if (!filter.states().isEmpty()) {
            terms.add("state IN (" + filter.states().stream().map(st -> "'" + st.name() + "'").sorted()
                    .collect(Collectors.joining(", ")) + ")");
        }
        if (filter.channel() != null) {
            terms.add("channel = '" + filter.channel().name() + "'");
        }
        if (filter.search() != null) {
            terms.add("(event_key LIKE ? OR recipient LIKE ?)");
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    private static int bind(PreparedStatement s, OutboxFilter filter) throws SQLException {
        if (filter.search() == null) {
            return 1;
        }
        String like = "%" + filter.search().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        s.setString(1, like);
        s.setString(2, like.toLowerCase(java.util.Locale.ROOT));
        return 3;
    }

    private static List<OutboxMessage> list(PreparedStatement s) throws SQLException {
        List<OutboxMessage> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String skip = r.getString(12);
                rows.add(new OutboxMessage(r.getLong(1), r.getString(2), Channel.valueOf(r.getString(3)),
                        r.getString(4), r.getString(5), r.getString(6), args(r.getString(7)), r.getBoolean(8),
                        r.getString(9), r.getString(10), OutboxState.valueOf(r.getString(11)),
                        skip == null ? null : SkipReason.valueOf(skip), r.getString(13), r.getString(14),
                        r.getInt(15), instant(r, 16), r.getString(17), instant(r, 18), instant(r, 19),
                        instant(r, 20)));
            }
        }
        return rows;
    }

    private static String json(List<String> args) {
        try {
            return JSON.writeValueAsString(args);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> args(String json) {
        try {
            return List.copyOf(JSON.readValue(json, new TypeReference<List<String>>() { }));
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    @Nullable
    static String cut(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
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
