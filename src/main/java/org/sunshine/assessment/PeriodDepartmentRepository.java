package org.sunshine.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PeriodDepartmentRepository extends CrudRepository<PeriodDepartment, Long> {

    List<PeriodDepartment> findByPeriodId(long periodId);

    Optional<PeriodDepartment> findByPeriodIdAndDepartmentId(long periodId, long departmentId);

    List<PeriodDepartment> findByDepartmentId(long departmentId);
}
