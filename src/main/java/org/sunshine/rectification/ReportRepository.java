package org.sunshine.rectification;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ReportRepository extends CrudRepository<Report, Long> {

    List<Report> findByRectificationIdOrderById(Long rectificationId);

    List<Report> findByRectificationIdInListOrderById(Collection<Long> rectificationIds);
}
