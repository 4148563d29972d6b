package org.sunshine.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PeriodRepository extends CrudRepository<Period, Long> {

    List<Period> findAllOrderByStartsOnDescAndIdDesc();

    Optional<Period> findByName(String name);

    /** Locks the period's row ({@code SELECT … FOR UPDATE}): two lead-inspector steps at once are taken in turn. */
    Optional<Period> findByIdForUpdate(Long id);

    List<Period> findByStateOrderByEndsOnAsc(PeriodState state);
}
