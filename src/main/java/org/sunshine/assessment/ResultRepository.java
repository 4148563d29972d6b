package org.sunshine.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

/** The revisions of the periods' locked results, and reading the results, categories and lines of a revision. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ResultRepository extends CrudRepository<ResultRevision, Long> {

    List<ResultRevision> findByPeriodIdOrderByRevisionNo(long periodId);

    @Query("SELECT * FROM period_result WHERE revision_id = :revisionId ORDER BY rank_no, department_id")
    List<PeriodResult> results(long revisionId);

    @Query("SELECT c.* FROM period_result_category c JOIN period_result r ON r.id = c.result_id "
            + "WHERE r.revision_id = :revisionId")
    List<ResultCategory> categories(long revisionId);

    @Query("SELECT l.* FROM period_result_line l JOIN period_result r ON r.id = l.result_id "
            + "WHERE r.revision_id = :revisionId")
    List<ResultLine> lines(long revisionId);

    /** The current locked result of each department in the given periods. */
    @Query("SELECT v.period_id, r.department_id, r.total, r.vetoed FROM period_result r "
            + "JOIN result_revision v ON v.id = r.revision_id "
            + "JOIN assessment_period p ON p.id = v.period_id AND p.revision = v.revision_no "
            + "WHERE p.id IN (:periodIds) AND p.state = 'LOCKED'")
    List<LockedTotal> current(Collection<Long> periodIds);
}
