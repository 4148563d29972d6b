package org.sunshine.demo;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.base.numbers.References;
import org.sunshine.demo.FindingLife.FindingEventRow;
import org.sunshine.finding.Finding;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes the findings of a history as {@link HistoryFindings} plays them: findings one by one (their ids mark later
 * duplicates), each confirmed one's rectification likewise (its id marks later repeats), their events and reports in
 * bulk ({@link Bulk}), and the links from review tasks to the findings their low scores opened in a JDBC batch; a
 * month a transaction. Each finding takes its reference from the same counter as the service's
 * ({@link References}), under the counter row's lock until the month is committed.
 */
final class FindingWriter implements AutoCloseable {

    private final Connection c;
    private final HistoryTally tally;
    private final PreparedStatement insert;
    private final PreparedStatement link;
    private final PreparedStatement rectification;
    private final PreparedStatement counterRow;
    private final PreparedStatement counterNext;
    private final PreparedStatement counterRead;
    private final Bulk events;
    private final Bulk reports;

    FindingWriter(Connection c, HistoryTally tally) throws SQLException {
        this.c = c;
        this.tally = tally;
        events = new Bulk(c, "workflow_event", "machine", "record_id", "occurred_at", "action",
                "from_state", "to_state", "actor", "actor_id", "actor_name", "department_id", "note");
        reports = new Bulk(c, "rectification_report", "rectification_id", "text", "submitted_by",
                "submitted_by_name", "submitted_at", "on_time", "verdict", "verdict_note", "verdict_by_name",
                "verdict_at");
        insert = c.prepareStatement("INSERT INTO finding (reference, department_id, issue_type, key_area_id, "
                + "responsibility_item_id, description, evidence_url, severity, state, source, filed_by, "
                + "filed_by_name, filed_at, complaint_id, duplicate_of, dismiss_reason, closed_at, updated_at, "
                + "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
        rectification = c.prepareStatement("INSERT INTO rectification (subject_kind, subject_id, subject_ref, "
                + "department_id, state, started_on, days, returned_on, due_on, topic, repeat_of, closed_at, "
                + "created_at, updated_at, version) VALUES ('finding', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
        counterRow = c.prepareStatement("INSERT IGNORE INTO document_counter (office, year_no, last_seq) VALUES (?, ?, 0)");
        counterNext = c.prepareStatement("UPDATE document_counter SET last_seq = last_seq + 1 WHERE office = ? AND year_no = ?");
        counterRead = c.prepareStatement("SELECT last_seq FROM document_counter WHERE office = ? AND year_no = ?");
        link = c.prepareStatement("UPDATE review_task SET finding_id = ? WHERE complaint_id = ? AND supervisor_id = ?");
    }

    /** The next finding reference of a year (JD-2026-0841), as {@code References.next} would give it. */
    String reference(int year) throws SQLException {
        String counter = References.counter(Finding.REFERENCE_PREFIX);
        for (PreparedStatement s : new PreparedStatement[] {counterRow, counterNext, counterRead}) {
            s.setString(1, counter);
            s.setInt(2, year);
        }
        counterRow.executeUpdate();
        counterNext.executeUpdate();
        try (ResultSet seq = counterRead.executeQuery()) {
            seq.next();
            return References.format(Finding.REFERENCE_PREFIX, year, seq.getInt(1));
        }
    }

    long finding(FindingPlan p, FindingLife f, String reference, @Nullable Long duplicateOf) throws SQLException {
        Object[] values = {reference, p.department(), p.issue(), p.areaId(), p.itemId(), p.description(), p.evidenceUrl(),
                p.severity(), f.state, p.source(), p.filer().id(), p.filer().name(), p.filedAt(), p.complaintId(),
                duplicateOf, f.dismissReason, f.closedAt, f.updatedAt, f.version};
        for (int i = 0; i < values.length; i++) {
            Bulk.bind(insert, i + 1, values[i]);
        }
        insert.executeUpdate();
        tally.findings++;
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** The confirmed finding's rectification, as {@code Rectifications.open} and its steps would leave it. */
    long rectification(long findingId, String reference, FindingPlan p, FindingLife f, @Nullable Long repeatOf,
                       int days) throws SQLException {
        Object[] values = {findingId, reference, p.department(), f.rectificationState, f.confirmedOn, days, f.returnedOn,
                f.rectifyDue, p.itemId() == null ? null : "item:" + p.itemId(), repeatOf, f.closedAt,
                f.updatedAt, f.updatedAt, Math.max(0, f.rectificationVersion)};
        for (int i = 0; i < values.length; i++) {
            Bulk.bind(rectification, i + 1, values[i]);
        }
        rectification.executeUpdate();
        try (ResultSet keys = rectification.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    void event(long recordId, long departmentId, FindingEventRow e) throws SQLException {
        events.add(e.machine(), recordId, e.at(), e.action(), e.from(), e.to(), e.kind(), e.who().id(),
                e.who().name(), departmentId, e.note());
        tally.findingEvents++;
    }

    void report(long rectificationId, PlayedReport r) throws SQLException {
        reports.add(rectificationId, r.text, r.by.id(), r.by.name(), r.at, r.onTime, r.verdict, r.note,
                r.judgedBy, r.judgedAt);
        tally.reports++;
    }

    void linkReview(long findingId, long complaintId, long supervisorId) throws SQLException {
        link.setLong(1, findingId);
        link.setLong(2, complaintId);
        link.setLong(3, supervisorId);
        link.addBatch();
    }

    void commit() throws SQLException {
        events.flush();
        reports.flush();
        link.executeBatch();
        c.commit();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        rectification.close();
        counterRow.close();
        counterNext.close();
        counterRead.close();
        link.close();
        events.close();
        reports.close();
    }
}
