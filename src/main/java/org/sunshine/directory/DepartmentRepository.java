package org.sunshine.directory;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DepartmentRepository extends CrudRepository<Department, Long> {

    /** Directory order: the configured sort order, then the code. */
    Sort DIRECTORY_ORDER = Sort.of(Sort.Order.asc("sortOrder"), Sort.Order.asc("code"));

    Optional<Department> findByCode(String code);

    Optional<Department> findByName(String name);

    List<Department> findAll(Sort sort);

    List<Department> findByActive(boolean active, Sort sort);

    long countByParentIdAndActive(Long parentId, boolean active);
}
