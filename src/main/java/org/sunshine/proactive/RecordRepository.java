package org.sunshine.proactive;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RecordRepository extends CrudRepository<DisclosureRecord, Long> {

    /** The records whose clock may run through the days between from and to (formed up to 90 days before). */
    @Query("SELECT * FROM disclosure_record WHERE formed_on BETWEEN :formedFrom AND :to ORDER BY id")
    List<DisclosureRecord> findClockRunningBetween(LocalDate formedFrom, LocalDate to);

    /** A department's records whose title or 文号 matches the LIKE pattern, newest published first. */
    @Query("SELECT * FROM disclosure_record WHERE department_id = :departmentId "
            + "AND (title LIKE :like OR doc_number LIKE :like) ORDER BY published_on DESC, id DESC "
            + "LIMIT :limit OFFSET :offset")
    List<DisclosureRecord> search(long departmentId, String like, int limit, int offset);
}
