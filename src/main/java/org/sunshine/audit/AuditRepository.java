package org.sunshine.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditRepository extends CrudRepository<AuditEntry, Long> {

    Page<AuditEntry> findAll(Pageable pageable);

    List<AuditEntry> findByTargetTypeAndTargetIdOrderByIdDesc(String targetType, String targetId);

    List<AuditEntry> findByActionOrderByIdDesc(AuditAction action);
}
