package org.sunshine.annualreport;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ReportEditionRepository extends CrudRepository<ReportEdition, Long> {

    Optional<ReportEdition> findByReportIdAndEdition(long reportId, int edition);
}
