package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;

/**
 * Records written many at once: an import, the demo's year, a benchmark's hundreds of thousands. Each record is made
 * from a checked form ({@link #prepare}) with its clock worked out, then written by {@link #write} in multi-row
 * INSERTs of {@value #ROWS_PER_STATEMENT} rows, in the caller's transaction. No audit entry is written here: the
 * caller writes one for the whole lot (an import does).
 */
@Singleton
public class RecordWriter {

    /** Rows per INSERT: 22 parameters a row stays far below the 65,535 a statement may have. */
    public static final int ROWS_PER_STATEMENT = 500;

    private static final String[] COLUMNS = {"department_id", "title", "doc_number", "category", "item_id",
            "formed_on", "published_on", "clock_days", "due_on", "late", "channel", "channel_note", "url",
            "issued_on", "repealed_on", "fee_amount", "import_batch", "link_state", "created_by", "created_at",
            "updated_at", "version"};
    private static final String PREFIX = "INSERT INTO disclosure_record (" + String.join(", ", COLUMNS) + ") VALUES ";
    private static final String ROW = "(" + String.join(", ", Collections.nCopies(COLUMNS.length, "?")) + ")";

    private final JdbcOperations jdbc;
    private final RecordClock recordClock;
    private final BusinessClock clock;

    RecordWriter(JdbcOperations jdbc, RecordClock recordClock, BusinessClock clock) {
        this.jdbc = jdbc;
        this.recordClock = recordClock;
        this.clock = clock;
    }

    /**
     * A record made from a form, checked as {@link Records} checks one (every rule of {@link RecordChecks}, today
     * being {@code today}; the item is taken as active: the caller chose it), with its clock: the category's working
     * days, shortened by {@code itemClockDays}, from the day it was formed. The first problem is thrown as a
     * {@link org.sunshine.base.DomainException}.
     */
    public DisclosureRecord prepare(RecordForm form, @Nullable Integer itemClockDays, LocalDate today) {
        RecordForm clean = RecordChecks.of(form, today, id -> true).orThrow();
        return record(clean, RecordClock.days(clean.category(), itemClockDays));
    }

    /** A record of a form already checked and cleaned ({@link RecordChecks#clean}). */
    DisclosureRecord record(RecordForm clean, int clockDays) {
        DisclosureRecord r = new DisclosureRecord();
        r.setDepartmentId(clean.departmentId());
        r.setTitle(clean.title());
        r.setDocNumber(clean.docNumber());
        r.setCategory(clean.category());
        r.setItemId(clean.itemId());
        r.setFormedOn(clean.formedOn());
        r.setPublishedOn(clean.publishedOn());
        r.setChannel(clean.channel());
        r.setChannelNote(clean.channelNote());
        r.setUrl(clean.url());
        r.setIssuedOn(clean.issuedOn());
        r.setRepealedOn(clean.repealedOn());
        r.setFeeAmount(clean.feeAmount());
        r.setClockDays(clockDays);
        recordClock.apply(r);
        return r;
    }

    /** {@link #write(Connection, List)} on the connection of the current transaction (opening one if none). */
    @Transactional
    public int write(List<DisclosureRecord> records) {
        return jdbc.execute(connection -> write(connection, records));
    }

    /**
     * Inserts the records as they are (ids are not read back): {@code createdAt} and {@code updatedAt} default to
     * now, the link state to {@link LinkState#UNCHECKED}; {@code importBatch} and {@code createdBy} as set.
     *
     * @return how many were written
     */
    public int write(Connection connection, List<DisclosureRecord> records) throws SQLException {
        Instant now = clock.now();
        LocalDateTime stamp = stamp(now);
        int written = 0;
        PreparedStatement full = null;
        try {
            for (int from = 0; from < records.size(); from += ROWS_PER_STATEMENT) {
                List<DisclosureRecord> chunk = records.subList(from, Math.min(records.size(), from + ROWS_PER_STATEMENT));
                boolean isFull = chunk.size() == ROWS_PER_STATEMENT;
                if (isFull && full == null) {
                    full = connection.prepareStatement(sql(ROWS_PER_STATEMENT));
                }
                PreparedStatement insert = isFull ? full : connection.prepareStatement(sql(chunk.size()));
                try {
                    int p = 1;
                    for (DisclosureRecord r : chunk) {
                        p = bind(insert, p, r, stamp);
                    }
                    written += insert.executeUpdate();
                } finally {
                    if (!isFull) {
                        insert.close();
                    }
                }
            }
        } finally {
            if (full != null) {
                full.close();
            }
        }
        return written;
    }

    private static String sql(int rows) {
        return PREFIX + String.join(", ", Collections.nCopies(rows, ROW));
    }

    /**
     * The wall-clock time a DATETIME column holds for an instant: Connector/J writes instants in the JVM's zone (as
     * {@link org.sunshine.audit.AuditLog} notes), and a local date-time is bound as it is, with no calendar work.
     */
    private static LocalDateTime stamp(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
    }

    private static int bind(PreparedStatement s, int p, DisclosureRecord r, LocalDateTime now) throws SQLException {
        LocalDateTime created = r.getCreatedAt() == null ? now : stamp(r.getCreatedAt());
        s.setLong(p++, r.getDepartmentId());
        s.setString(p++, r.getTitle());
        s.setString(p++, r.getDocNumber() == null ? "" : r.getDocNumber());
        s.setString(p++, r.getCategory().name());
        setLong(s, p++, r.getItemId());
        s.setObject(p++, r.getFormedOn());
        s.setObject(p++, r.getPublishedOn());
        s.setInt(p++, r.getClockDays());
        s.setObject(p++, r.getDueOn());
        s.setBoolean(p++, r.isLate());
        s.setString(p++, r.getChannel().name());
        s.setString(p++, r.getChannelNote() == null ? "" : r.getChannelNote());
        s.setString(p++, r.getUrl() == null ? "" : r.getUrl());
        setDate(s, p++, r.getIssuedOn());
        setDate(s, p++, r.getRepealedOn());
        setDecimal(s, p++, r.getFeeAmount());
        if (r.getImportBatch() == null) {
            s.setNull(p++, Types.VARCHAR);
        } else {
            s.setString(p++, r.getImportBatch());
        }
        s.setString(p++, (r.getLinkState() == null ? LinkState.UNCHECKED : r.getLinkState()).name());
        setLong(s, p++, r.getCreatedBy());
        s.setObject(p++, created);
        s.setObject(p++, r.getUpdatedAt() == null ? created : stamp(r.getUpdatedAt()));
        s.setInt(p++, 0);
        return p;
    }

    private static void setLong(PreparedStatement s, int p, @Nullable Long value) throws SQLException {
        if (value == null) {
            s.setNull(p, Types.BIGINT);
        } else {
            s.setLong(p, value);
        }
    }

    private static void setDate(PreparedStatement s, int p, @Nullable LocalDate value) throws SQLException {
        if (value == null) {
            s.setNull(p, Types.DATE);
        } else {
            s.setObject(p, value);
        }
    }

    private static void setDecimal(PreparedStatement s, int p, @Nullable BigDecimal value) throws SQLException {
        if (value == null) {
            s.setNull(p, Types.DECIMAL);
        } else {
            s.setBigDecimal(p, value);
        }
    }
}
