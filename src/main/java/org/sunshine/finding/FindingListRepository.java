package org.sunshine.finding;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FindingListRepository extends GenericRepository<FindingListItem, Long>,
        JpaSpecificationExecutor<FindingListItem> {

    Optional<FindingListItem> findById(Long id);

    /** The hits of a full-text search, read again by id. */
    List<FindingListItem> findByIdInList(Collection<Long> ids);

    List<FindingListItem> findByDepartmentIdAndStageInListOrderById(Long departmentId, Collection<FindingStage> stages);

    List<FindingListItem> findByStateInListAndFiledAtGreaterThanEqualsAndFiledAtLessThanOrderById(
            Collection<FindingState> states, java.time.Instant from, java.time.Instant to);

    List<FindingListItem> findByDepartmentIdAndStateInListAndFiledAtGreaterThanEqualsAndFiledAtLessThanOrderById(
            Long departmentId, Collection<FindingState> states, java.time.Instant from, java.time.Instant to);
}
