package org.sunshine.bulletin;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** The rows of {@code document_counter}: the last document number given per issuing office and year. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DocumentCounterRepository extends GenericRepository<Bulletin, Long> {

    @Query("SELECT COUNT(*) FROM document_counter WHERE office = :office AND year_no = :year")
    int rows(String office, int year);

    @Query("INSERT IGNORE INTO document_counter (office, year_no, last_seq) VALUES (:office, :year, 0)")
    void ensure(String office, int year);

    @Query("SELECT last_seq FROM document_counter WHERE office = :office AND year_no = :year FOR UPDATE")
    int lastForUpdate(String office, int year);

    @Query("UPDATE document_counter SET last_seq = :seq WHERE office = :office AND year_no = :year")
    void set(String office, int year, int seq);
}
