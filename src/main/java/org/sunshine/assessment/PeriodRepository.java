package org.sunshine.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PeriodRepository extends CrudRepository<Period, Long> {

    List<Period> findAllOrderByStartsOnDescAndIdDesc();

    Optional<Period> findByName(String name);

    /** Locks the period's row: two lead-inspector actions at once are taken one after the other. */
    @Query("SELECT * FROM assessment_period WHERE id = :id FOR UPDATE")
    Optional<Period> findByIdForUpdate(Long id);

    List<Period> findByStateOrderByEndsOnAsc(PeriodState state);
}
