package org.sunshine.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AssignmentRepository extends CrudRepository<Assignment, Long> {

    List<Assignment> findByPeriodId(long periodId);

    List<Assignment> findByPeriodIdAndDepartmentId(long periodId, long departmentId);

    List<Assignment> findByInspectorId(long inspectorId);

    boolean existsByPeriodIdAndDepartmentIdAndInspectorId(long periodId, long departmentId, long inspectorId);
}
