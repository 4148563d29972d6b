package org.sunshine.calendar;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CalendarRepository extends CrudRepository<CalendarDay, LocalDate> {

    List<CalendarDay> findByDayBetween(LocalDate from, LocalDate to);

    @Query("DELETE FROM calendar_day WHERE day BETWEEN :from AND :to")
    void deleteBetween(LocalDate from, LocalDate to);
}
