package org.sunshine.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AnnualPeriodRepository extends CrudRepository<AnnualPeriod, Long> {

    List<AnnualPeriod> findByAnnualId(long annualId);

    Optional<AnnualPeriod> findByAnnualIdAndPeriodId(long annualId, long periodId);
}
