package org.sunshine.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ScoreSheetRepository extends CrudRepository<ScoreSheet, Long> {

    Optional<ScoreSheet> findByPeriodIdAndDepartmentIdAndInspectorId(long periodId, long departmentId, long inspectorId);

    List<ScoreSheet> findByPeriodId(long periodId);
}
