package org.sunshine.finding;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface FindingEventRepository extends CrudRepository<FindingEvent, Long> {

    List<FindingEvent> findByFindingIdOrderById(Long findingId);
}
