package org.sunshine.bulletin;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface BulletinRepository extends CrudRepository<Bulletin, Long> {

    List<Bulletin> findAllOrderByCreatedAtDescAndIdDesc();

    List<Bulletin> findByIdInListOrderByIssueDateDescAndIdDesc(Collection<Long> ids);

    List<Bulletin> findByStateInListAndPublicReleaseOrderByIssueDateDescAndIdDesc(Collection<BulletinState> states,
                                                                                 boolean publicRelease);

    List<Bulletin> findByStateAndIssueDateBetween(BulletinState state, LocalDate from, LocalDate to);

    List<Bulletin> findByStateAndIssueDateLessThanEqualsOrderByIssueDateAscAndIdAsc(BulletinState state, LocalDate to);

    /** Locks the bulletin's row for the rest of the transaction: two people acting on it at once go one by one. */
    Optional<Bulletin> findByIdForUpdate(Long id);
}
