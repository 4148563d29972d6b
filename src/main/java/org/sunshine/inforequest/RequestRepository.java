package org.sunshine.inforequest;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RequestRepository extends CrudRepository<InfoRequest, Long>, JpaSpecificationExecutor<InfoRequest> {

    Optional<InfoRequest> findByRequestNo(String requestNo);

    /** The hits of a full-text search, read again by id. */
    java.util.List<InfoRequest> findByIdInList(java.util.Collection<Long> ids);

    Optional<InfoRequest> findByApiClientAndPartnerTicketId(String apiClient, String partnerTicketId);

    /** Locks the row for the rest of the transaction: two steps at once go one after the other. */
    Optional<InfoRequest> findByIdForUpdate(Long id);

    List<InfoRequest> findByStateInList(Collection<RequestState> states);

    List<InfoRequest> findByStateAndCorrectionDueLessThan(RequestState state, LocalDate date);

    /** The applicant's applications arrived in the month up to and including this one (by id number or credit code). */
    @io.micronaut.data.annotation.Query("SELECT COUNT(*) FROM info_request WHERE (id_number = :applicant OR credit_code = :applicant) "
            + "AND arrived_on >= :from AND arrived_on < :to AND id <= :upTo")
    long countApplicantUpTo(String applicant, LocalDate from, LocalDate to, long upTo);

    List<InfoRequest> findByStateAndFeeDueLessThan(RequestState state, LocalDate date);
}
