package org.sunshine.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ResolutionRepository extends CrudRepository<Resolution, Long> {

    List<Resolution> findByPeriodId(long periodId);

    List<Resolution> findByPeriodIdAndDepartmentId(long periodId, long departmentId);

    Optional<Resolution> findByPeriodIdAndDepartmentIdAndIndicatorId(long periodId, long departmentId, long indicatorId);
}
