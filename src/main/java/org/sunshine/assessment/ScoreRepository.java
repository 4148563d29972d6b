package org.sunshine.assessment;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ScoreRepository extends CrudRepository<Score, Long> {

    List<Score> findBySheetId(long sheetId);

    void deleteBySheetId(long sheetId);

    /** Every value of every submitted sheet of a period: what the results are computed from. */
    @Query("SELECT s.department_id, s.inspector_id, v.indicator_id, v.value, v.reason, v.evidence_url FROM score v "
            + "JOIN score_sheet s ON s.id = v.sheet_id WHERE s.period_id = :periodId AND s.submitted_at IS NOT NULL")
    List<Submitted> findSubmitted(long periodId);

    /** The submitted values for one department, with the reasons, for its drill-down. */
    @Query("SELECT s.department_id, s.inspector_id, v.indicator_id, v.value, v.reason, v.evidence_url FROM score v "
            + "JOIN score_sheet s ON s.id = v.sheet_id WHERE s.period_id = :periodId AND s.department_id = :departmentId "
            + "AND s.submitted_at IS NOT NULL ORDER BY s.inspector_id, v.indicator_id")
    List<Submitted> findSubmittedFor(long periodId, long departmentId);

    /** A value on a submitted sheet. */
    @Introspected
    record Submitted(long departmentId, long inspectorId, long indicatorId, BigDecimal value, String reason,
                     @Nullable String evidenceUrl) {
    }
}
