package org.sunshine.security;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface UserRepository extends CrudRepository<User, Long> {

    Optional<User> findByUsername(String username);

    /** Locks the row for the rest of the transaction, so concurrent failed logins count one by one. */
    Optional<User> findByUsernameForUpdate(String username);

    boolean existsByUsername(String username);

    List<User> findAll(Sort sort);

    List<User> findByRoleAndEnabledOrderByDisplayName(Role role, boolean enabled);
}
