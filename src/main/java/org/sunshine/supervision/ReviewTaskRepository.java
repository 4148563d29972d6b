package org.sunshine.supervision;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ReviewTaskRepository extends CrudRepository<ReviewTask, Long> {

    List<ReviewTask> findByComplaintIdOrderById(Long complaintId);

    boolean existsByComplaintIdAndState(Long complaintId, ReviewState state);

    List<ReviewTask> findBySupervisorIdAndState(Long supervisorId, ReviewState state);

    List<ReviewTask> findByStateInList(Collection<ReviewState> states);

    long countBySupervisorIdAndState(Long supervisorId, ReviewState state);

    /** Pending tasks per supervisor, for giving a new task to the least busy. */
    @Query("SELECT supervisor_id, COUNT(*) AS pending FROM review_task WHERE state = 'PENDING' GROUP BY supervisor_id")
    List<PendingCount> countPending();

    /**
     * Tasks with their complaint and supervisor, filtered ({@code null} means any), most urgent first: the waiting
     * ones by deadline, then the done ones newest first.
     */
    @Query("SELECT t.id, t.complaint_id, c.tracking_code, c.subject, c.department_id, c.key_area_id, t.supervisor_id, "
            + "s.name AS supervisor_name, s.background AS supervisor_background, t.state, t.assigned_on, t.due_on, "
            + "t.timeliness, t.quality, t.attitude, t.comment, t.reviewed_at, t.finding_id "
            + "FROM review_task t JOIN complaint c ON c.id = t.complaint_id JOIN supervisor s ON s.id = t.supervisor_id "
            + "WHERE t.state IN (:states) AND (:supervisorId IS NULL OR t.supervisor_id = :supervisorId) "
            + "AND (:departmentId IS NULL OR c.department_id = :departmentId) "
            + "AND (:dueBefore IS NULL OR (t.state = 'PENDING' AND t.due_on < :dueBefore)) "
            + "AND (:text IS NULL OR c.subject LIKE CONCAT('%', :text, '%') OR c.tracking_code = :text) "
            + "ORDER BY CASE WHEN t.state = 'PENDING' THEN 0 ELSE 1 END, "
            + "CASE WHEN t.state = 'PENDING' THEN t.due_on END, t.reviewed_at DESC, t.id DESC "
            + "LIMIT :limit OFFSET :offset")
    List<ReviewRecord> search(Collection<String> states, @Nullable Long supervisorId, @Nullable Long departmentId,
                              @Nullable LocalDate dueBefore, @Nullable String text, int limit, int offset);

    @Query("SELECT COUNT(*) FROM review_task t JOIN complaint c ON c.id = t.complaint_id "
            + "WHERE t.state IN (:states) AND (:supervisorId IS NULL OR t.supervisor_id = :supervisorId) "
            + "AND (:departmentId IS NULL OR c.department_id = :departmentId) "
            + "AND (:dueBefore IS NULL OR (t.state = 'PENDING' AND t.due_on < :dueBefore)) "
            + "AND (:text IS NULL OR c.subject LIKE CONCAT('%', :text, '%') OR c.tracking_code = :text)")
    long countSearch(Collection<String> states, @Nullable Long supervisorId, @Nullable Long departmentId,
                     @Nullable LocalDate dueBefore, @Nullable String text);

    /** A task as listed, with its complaint and supervisor. */
    @Introspected
    record ReviewRecord(Long id, Long complaintId, String trackingCode, String subject, @Nullable Long departmentId,
                        @Nullable Long keyAreaId, Long supervisorId, String supervisorName, String supervisorBackground,
                        String state, LocalDate assignedOn, LocalDate dueOn, @Nullable Integer timeliness,
                        @Nullable Integer quality, @Nullable Integer attitude, String comment,
                        @Nullable Instant reviewedAt, @Nullable Long findingId) {
    }

    /** How many tasks a supervisor has waiting. */
    @Introspected
    record PendingCount(Long supervisorId, long pending) {
    }
}
