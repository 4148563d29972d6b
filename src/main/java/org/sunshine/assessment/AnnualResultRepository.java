package org.sunshine.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AnnualResultRepository extends CrudRepository<AnnualResult, Long> {

    /** A revision's results in the order of the ranking (departments sharing a rank by id, as {@link Ranking} puts them). */
    @Query("SELECT * FROM annual_result WHERE revision_id = :revisionId ORDER BY rank_no, department_id")
    List<AnnualResult> ranked(long revisionId);
}
