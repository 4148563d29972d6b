package org.sunshine.recovery;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RecoveryCodeRepository extends CrudRepository<RecoveryCode, Long> {

    /** Locks the row: two entries of the same code at once are judged one after the other. */
    Optional<RecoveryCode> findByIdForUpdate(Long id);

    void deleteByCreatedAtLessThan(Instant before);
}
