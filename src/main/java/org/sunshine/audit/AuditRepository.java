package org.sunshine.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

import java.util.List;

/**
 * Reads the audit log. There is no save, update or delete: entries are only appended, by {@link AuditChain}, and
 * the production account may only insert and select there (docs/operations-audit.md).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditRepository extends GenericRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    List<AuditEntry> findAll();

    Page<AuditEntry> findAll(Pageable pageable);

    List<AuditEntry> findByTargetTypeAndTargetIdOrderByIdDesc(String targetType, String targetId);

    List<AuditEntry> findByActionOrderByIdDesc(AuditAction action);

    /** The kinds of record the log names, for the filter. */
    @Query(value = "SELECT DISTINCT target_type FROM audit_log WHERE target_type <> '' ORDER BY target_type", nativeQuery = true)
    List<String> findTargetTypes();
}
