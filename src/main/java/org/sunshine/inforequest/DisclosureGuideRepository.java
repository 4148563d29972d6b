package org.sunshine.inforequest;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DisclosureGuideRepository extends CrudRepository<DisclosureGuide, Long> {

    Optional<DisclosureGuide> findByDepartmentIdAndToGovernment(Long departmentId, boolean toGovernment);
}
