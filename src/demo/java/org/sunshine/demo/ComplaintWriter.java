package org.sunshine.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.base.i18n.Messages;
import org.sunshine.complaint.ComplaintWorkflow;
import org.sunshine.demo.ComplaintRow.Event;
import org.sunshine.demo.HistoryCity.Person;
import org.sunshine.demo.HistoryGenerator.Spec;
import org.sunshine.demo.HistoryReviews.Review;
import org.sunshine.supervision.ReviewAction;
import org.sunshine.supervision.ReviewState;
import org.sunshine.supervision.ReviewWorkflow;
import org.sunshine.workflow.Actor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.sunshine.demo.HistoryCity.Person.PUBLIC;
import static org.sunshine.demo.HistoryGenerator.ROWS_PER_STATEMENT;

/**
 * Writes the complaints of a batch, their events and their review tasks (given as {@link HistoryReviews} decides,
 * with the tasks' own events) in one transaction, with {@link Bulk} inserts; reads back the ids the database gave
 * to link them.
 */
final class ComplaintWriter implements AutoCloseable {

    /** The generator's logger: the progress is the generator's. */
    private static final Logger LOG = LoggerFactory.getLogger(HistoryGenerator.class);

    private final Connection c;
    private final Spec spec;
    private final HistoryReviews supervision;
    private final Messages messages;
    private final HistoryTally tally;
    private final Bulk complaints;
    private final Bulk events;
    private final Bulk reviews;
    private PreparedStatement ids;
    private final List<Review> given = new ArrayList<>();

    ComplaintWriter(Connection c, Spec spec, HistoryReviews supervision, Messages messages, HistoryTally tally) {
        this.c = c;
        this.spec = spec;
        this.supervision = supervision;
        this.messages = messages;
        this.tally = tally;
        complaints = new Bulk(c, "complaint", "tracking_code", "query_code_hash", "query_code_salt",
                "type", "channel", "state", "key_area_id", "requested_department_id", "department_id", "subject",
                "content", "submitted_at", "accept_start", "accept_due", "handle_start", "handle_due",
                "extension_days", "requested_extension_days", "reopened", "reply_text", "replied_at",
                "rating_start", "rating_due", "rating", "rating_comment", "reject_reason", "closed_at",
                "entered_by", "api_client", "client_ip", "updated_at", "version");
        events = new Bulk(c, "workflow_event", "machine", "record_id", "occurred_at", "action",
                "from_state", "to_state", "actor", "actor_id", "actor_name", "department_id", "note");
        reviews = new Bulk(c, "review_task", "complaint_id", "supervisor_id", "state", "assigned_on",
                "due_on", "timeliness", "quality", "attitude", "comment", "reviewed_at", "created_at", "updated_at",
                "version");
    }

    void write(List<ComplaintRow> batch) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        for (ComplaintRow r : batch) {
            complaints.add(r.code, r.hash, r.salt, r.type, r.channel, r.state, r.areaId, r.requestedDepartment,
                    r.department, r.subject, r.content, r.submittedAt, r.acceptStart, r.acceptDue,
                    r.handleStart, r.handleDue, r.extensionDays, r.requestedExtension, r.reopened, r.replyText,
                    r.repliedAt, r.ratingStart, r.ratingDue, r.rating, r.ratingComment, r.rejectReason,
                    r.closedAt, r.enteredBy, r.apiClient, "", r.updatedAt, r.version);
            tally.byState.merge(r.state, 1, Integer::sum);
        }
        complaints.flush();
        if (spec.withEvents() || spec.withFindings()) {
            readIds(batch);
        }
        for (ComplaintRow r : batch) {
            for (Event e : r.events) {
                events.add(ComplaintWorkflow.TABLE.name(), r.id, e.at(), e.action(), e.from(), e.to(), e.kind(),
                        e.who().id(), e.who().name(),
                        e.department(), e.note());
            }
            tally.events += r.events.size();
            if (spec.withFindings()) {
                Review v = supervision.review(r);
                if (v != null) {
                    reviews.add(r.id, v.supervisor().id(), v.state(), v.assignedOn(), v.dueOn(), v.timeliness(),
                            v.quality(), v.attitude(), v.comment(), v.reviewedAt(), r.firstReplyAt, v.updatedAt(),
                            v.version());
                    given.add(v);
                    tally.reviews++;
                }
            }
        }
        reviews.flush();
        if (spec.withEvents() && !given.isEmpty()) {
            reviewEvents(given);
        }
        given.clear();
        events.flush();
        c.commit();
        tally.complaints += batch.size();
        if (tally.complaints % 100_000 == 0) {
            LOG.info("Generated {} complaints", tally.complaints);
        }
    }

    /**
     * Each review task's steps as {@link ReviewWorkflow} records them: given by the platform when the reply
     * came, then reviewed or marked unverifiable by its supervisor, or cancelled by the platform when the term
     * ran out.
     */
    private void reviewEvents(List<Review> batch) throws SQLException {
        Map<Long, Long> taskOf = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, complaint_id FROM review_task WHERE "
                + "complaint_id IN (" + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")")) {
            int p = 1;
            for (Review v : batch) {
                s.setLong(p++, v.complaint().id);
            }
            try (ResultSet result = s.executeQuery()) {
                while (result.next()) {
                    taskOf.put(result.getLong(2), result.getLong(1));
                }
            }
        }
        String machine = ReviewWorkflow.TABLE.name();
        for (Review v : batch) {
            long task = taskOf.get(v.complaint().id);
            events.add(machine, task, v.complaint().firstReplyAt, ReviewAction.ASSIGN, null,
                    ReviewState.PENDING, Actor.SYSTEM, null, "", null,
                    messages.chinese("review.note.assigned", v.supervisor().name()));
            if (v.state() == ReviewState.PENDING) {
                continue;
            }
            boolean cancelled = v.state() == ReviewState.CANCELLED;
            ReviewAction action = cancelled ? ReviewAction.CANCEL
                    : v.state() == ReviewState.REVIEWED ? ReviewAction.REVIEW : ReviewAction.MARK_UNVERIFIABLE;
            Actor actor = cancelled ? Actor.SYSTEM : Actor.SUPERVISOR;
            ReviewState to = ReviewWorkflow.TABLE.move(ReviewState.PENDING, action, actor);
            Person who = cancelled ? PUBLIC : v.supervisor().person();
            events.add(machine, task, cancelled ? v.updatedAt() : v.reviewedAt(), action, ReviewState.PENDING,
                    to, actor, who.id(), who.name(), null, v.comment());
        }
    }

    /** The ids the database gave, by tracking code (safe whatever the auto-increment lock mode). */
    private void readIds(List<ComplaintRow> batch) throws SQLException {
        PreparedStatement s = batch.size() == ROWS_PER_STATEMENT && ids != null ? ids
                : c.prepareStatement("SELECT id, tracking_code FROM complaint WHERE tracking_code IN ("
                + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")");
        if (batch.size() == ROWS_PER_STATEMENT) {
            ids = s;
        }
        Map<String, ComplaintRow> byCode = new HashMap<>();
        int p = 1;
        for (ComplaintRow r : batch) {
            byCode.put(r.code, r);
            s.setString(p++, r.code);
        }
        try (ResultSet result = s.executeQuery()) {
            while (result.next()) {
                byCode.get(result.getString(2)).id = result.getLong(1);
            }
        }
        if (s != ids) {
            s.close();
        }
    }

    @Override
    public void close() throws SQLException {
        complaints.close();
        events.close();
        reviews.close();
        if (ids != null) {
            ids.close();
        }
    }
}
