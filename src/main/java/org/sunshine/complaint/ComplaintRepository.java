package org.sunshine.complaint;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ComplaintRepository extends CrudRepository<Complaint, Long>, JpaSpecificationExecutor<Complaint> {

    Optional<Complaint> findByTrackingCode(String trackingCode);

    Optional<Complaint> findByApiClientAndPartnerTicketId(String apiClient, String partnerTicketId);

    List<Complaint> findByStateInList(Collection<ComplaintState> states);

    /** The hits of a full-text search, read again by id. */
    List<Complaint> findByIdInList(Collection<Long> ids);

    List<Complaint> findByStateAndRatingDueLessThan(ComplaintState state, LocalDate date);

    List<Complaint> findByStateAndRatingDue(ComplaintState state, LocalDate date);
}
