package org.sunshine.directory;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface KeyAreaRepository extends CrudRepository<KeyArea, Long> {

    Sort ORDER = Sort.of(Sort.Order.asc("sortOrder"), Sort.Order.asc("code"));

    Optional<KeyArea> findByCode(String code);

    Optional<KeyArea> findByName(String name);

    List<KeyArea> findAll(Sort sort);
}
