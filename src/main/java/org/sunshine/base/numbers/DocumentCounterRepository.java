package org.sunshine.base.numbers;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

/** The rows of {@code document_counter}: the last document number given per issuing office and year. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DocumentCounterRepository extends CrudRepository<DocumentCounter, DocumentCounter.Key> {

    /** Locks the row for the rest of the transaction: issues at the same moment take their numbers in turn. */
    Optional<DocumentCounter> findByIdForUpdate(DocumentCounter.Key id);

    /** Makes the row if it is missing (two first issues of a year at once: one makes it, the other finds it). */
    @Query("INSERT IGNORE INTO document_counter (office, year_no, last_seq) VALUES (:office, :year, 0)")
    void ensure(String office, int year);
}
