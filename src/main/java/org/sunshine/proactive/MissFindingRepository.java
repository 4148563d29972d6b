package org.sunshine.proactive;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MissFindingRepository extends CrudRepository<MissFinding, Long> {

    List<MissFinding> findByKind(MissKind kind);

    Optional<MissFinding> findByItemIdAndDepartmentIdAndWindowStart(Long itemId, long departmentId, LocalDate windowStart);

    Optional<MissFinding> findByRecordId(Long recordId);
}
