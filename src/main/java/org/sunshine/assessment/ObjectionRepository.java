package org.sunshine.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ObjectionRepository extends CrudRepository<Objection, Long> {

    List<Objection> findByPeriodIdOrderByFiledAt(long periodId);

    Optional<Objection> findByPeriodIdAndDepartmentId(long periodId, long departmentId);
}
