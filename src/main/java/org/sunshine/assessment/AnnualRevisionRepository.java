package org.sunshine.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AnnualRevisionRepository extends CrudRepository<AnnualRevision, Long> {

    List<AnnualRevision> findByAnnualIdOrderByRevisionNo(long annualId);
}
