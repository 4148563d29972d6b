package org.sunshine.security;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LoginLockoutRepository extends CrudRepository<LoginLockout, Long> {

    Optional<LoginLockout> findByUserIdAndClientAddress(Long userId, String clientAddress);

    /** The lockouts in force, newest first. */
    List<LoginLockout> findByLockedUntilGreaterThanOrderByLockedAtDesc(Instant now);

    void deleteByUserIdAndClientAddress(Long userId, String clientAddress);

    void deleteByUserId(Long userId);

    /** Forgets pairs with no lock in force whose last wrong password is older than {@code before}. */
    @Query("DELETE FROM login_lockout WHERE last_failed_at < :before AND (locked_until IS NULL OR locked_until < :now)")
    int purge(Instant before, Instant now);
}
