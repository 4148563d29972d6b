package org.sunshine.finding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface FindingRepository extends CrudRepository<Finding, Long>, JpaSpecificationExecutor<Finding> {

    List<Finding> findByStateInList(Collection<FindingState> states);

    List<Finding> findByDepartmentIdAndStateInListOrderById(Long departmentId, Collection<FindingState> states);

    /** Open findings of a department about the same thing, oldest first: a new one like them is a likely duplicate. */
    @Query("SELECT * FROM finding WHERE department_id = :departmentId AND issue_type = :issueType "
            + "AND state IN ('SUBMITTED', 'RECTIFYING', 'REPORTED', 'RETURNED') "
            + "AND ((:itemId IS NOT NULL AND responsibility_item_id = :itemId) "
            + "OR (:itemId IS NULL AND responsibility_item_id IS NULL AND key_area_id = :keyAreaId)) ORDER BY id")
    List<Finding> findOpenAlike(Long departmentId, String issueType, @Nullable Long itemId,
                                @Nullable Long keyAreaId);

    /** Confirmed findings of a department on a responsibility item since a date, newest first. */
    @Query("SELECT * FROM finding WHERE department_id = :departmentId AND responsibility_item_id = :itemId "
            + "AND confirmed_on IS NOT NULL AND confirmed_on >= :since AND id <> :exceptId ORDER BY confirmed_on DESC, id DESC")
    List<Finding> findConfirmedOnItemSince(Long departmentId, Long itemId, LocalDate since, Long exceptId);
}
