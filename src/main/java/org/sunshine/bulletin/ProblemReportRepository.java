package org.sunshine.bulletin;


import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ProblemReportRepository extends CrudRepository<ProblemReport, Long> {

    List<ProblemReport> findByProblemIdOrderById(long problemId);

    List<ProblemReport> findByProblemIdInListOrderById(java.util.Collection<Long> problemIds);
}
