package org.sunshine.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AnnualAssessmentRepository extends CrudRepository<AnnualAssessment, Long> {

    List<AnnualAssessment> findAllOrderByYearNoDesc();

    Optional<AnnualAssessment> findByYearNo(int yearNo);

    /** Locks the row ({@code SELECT … FOR UPDATE}): two locks of the same year at once are taken one after the other. */
    Optional<AnnualAssessment> findByIdForUpdate(Long id);
}
