package org.sunshine.assessment;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The counts behind the measured indicators, by department, in one query each. Deadlines are business dates; replies
 * and reviews are instants, compared with the period's first and last instant in the business zone.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface MetricRepository extends GenericRepository<Period, Long> {

    /**
     * Complaints whose handling deadline fell in the period and has passed (or that were replied already), and how
     * many of them were replied by it. After a reopening only the new reply counts.
     */
    @Query("SELECT department_id, COUNT(*) AS base, "
            + "CAST(SUM(CASE WHEN state IN ('REPLIED', 'CLOSED') AND rating_start <= handle_due THEN 1 ELSE 0 END) AS SIGNED) AS hits "
            + "FROM complaint WHERE handle_due BETWEEN :start AND :end AND department_id IS NOT NULL "
            + "AND state <> 'WITHDRAWN' AND ((state IN ('REPLIED', 'CLOSED') AND rating_start IS NOT NULL) OR handle_due < :today) "
            + "GROUP BY department_id")
    List<Tally> handling(LocalDate start, LocalDate end, LocalDate today);

    /** The ratings of the replies given in the period (未评价 is not a rating). */
    @Query("SELECT department_id, "
            + "CAST(SUM(CASE WHEN rating = 'SATISFIED' THEN 1 ELSE 0 END) AS SIGNED) AS satisfied, "
            + "CAST(SUM(CASE WHEN rating = 'BASICALLY_SATISFIED' THEN 1 ELSE 0 END) AS SIGNED) AS basic, "
            + "CAST(SUM(CASE WHEN rating = 'DISSATISFIED' THEN 1 ELSE 0 END) AS SIGNED) AS dissatisfied "
            + "FROM complaint WHERE replied_at >= :from AND replied_at < :to AND department_id IS NOT NULL "
            + "GROUP BY department_id")
    List<Ratings> ratings(Instant from, Instant to);

    /** Replies given in the period, and how many of those complaints were reopened. */
    @Query("SELECT department_id, COUNT(*) AS base, CAST(SUM(CASE WHEN reopened THEN 1 ELSE 0 END) AS SIGNED) AS hits "
            + "FROM complaint WHERE replied_at >= :from AND replied_at < :to AND department_id IS NOT NULL "
            + "GROUP BY department_id")
    List<Tally> reopenings(Instant from, Instant to);

    /** Confirmed findings whose rectification deadline fell in the period and has passed (or that were reported), and
     *  how many were reported on time. */
    @Query("SELECT x.department_id, COUNT(*) AS base, "
            + "CAST(SUM(CASE WHEN r.on_time > 0 THEN 1 ELSE 0 END) AS SIGNED) AS hits FROM rectification x "
            + "LEFT JOIN (SELECT rectification_id, COUNT(*) AS reports, SUM(CASE WHEN on_time THEN 1 ELSE 0 END) AS on_time "
            + "FROM rectification_report GROUP BY rectification_id) r ON r.rectification_id = x.id "
            + "WHERE x.subject_kind = 'finding' AND x.due_on BETWEEN :start AND :end "
            + "AND x.state IN ('RECTIFYING', 'REPORTED', 'RETURNED', 'ACCEPTED') "
            + "AND (x.due_on < :today OR r.reports > 0) GROUP BY x.department_id")
    List<Tally> rectifications(LocalDate start, LocalDate end, LocalDate today);

    /** Supervisors' reviews made in the period of the department's complaints: how many, and their points summed. */
    @Query("SELECT c.department_id, COUNT(*) AS base, "
            + "CAST(SUM(t.timeliness + t.quality + t.attitude) AS SIGNED) AS hits FROM review_task t "
            + "JOIN complaint c ON c.id = t.complaint_id WHERE t.reviewed_at >= :from AND t.reviewed_at < :to "
            + "AND t.state = 'REVIEWED' AND c.department_id IS NOT NULL GROUP BY c.department_id")
    List<Tally> reviews(Instant from, Instant to);

    /**
     * Applications for government information whose reply deadline fell in the period and has passed while on the
     * clock (or that were replied), and how many were replied within it ({@code replied_in_time}, stored at the reply).
     */
    @Query("SELECT department_id, COUNT(*) AS base, "
            + "CAST(SUM(CASE WHEN state = 'REPLIED' AND replied_in_time THEN 1 ELSE 0 END) AS SIGNED) AS hits "
            + "FROM info_request WHERE reply_due BETWEEN :start AND :end "
            + "AND (state = 'REPLIED' OR (state IN ('REGISTERED', 'EXTENSION_REQUESTED') AND reply_due < :today)) "
            + "GROUP BY department_id")
    List<Tally> disclosureReplies(LocalDate start, LocalDate end, LocalDate today);

    /** Remedies against the department's replies decided in the period with 结果纠正 (base and hits: how many). */
    @Query("SELECT r.department_id, COUNT(*) AS base, COUNT(*) AS hits FROM info_request_remedy m "
            + "JOIN info_request r ON r.id = m.request_id WHERE m.outcome = 'CORRECTED' "
            + "AND m.decided_on BETWEEN :start AND :end GROUP BY r.department_id")
    List<Tally> correctedReplies(LocalDate start, LocalDate end);

    /**
     * Disclosure records (主动公开) whose deadline fell in the period, and how many were published by it ({@code late}
     * is kept by the records' clock, recomputed when the calendar changes).
     */
    @Query("SELECT department_id, COUNT(*) AS base, "
            + "CAST(SUM(CASE WHEN late THEN 0 ELSE 1 END) AS SIGNED) AS hits "
            + "FROM disclosure_record WHERE due_on BETWEEN :start AND :end GROUP BY department_id")
    List<Tally> proactiveRecords(LocalDate start, LocalDate end);

    /** How many items of a department, and how many of them count. */
    @Introspected
    record Tally(long departmentId, long base, long hits) {
    }

    @Introspected
    record Ratings(long departmentId, long satisfied, long basic, long dissatisfied) {
    }
}
