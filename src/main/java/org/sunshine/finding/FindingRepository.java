package org.sunshine.finding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FindingRepository extends CrudRepository<Finding, Long> {

    /** Open findings of a department about the same thing, oldest first: a new one like them is a likely duplicate. */
    @Query("SELECT * FROM finding WHERE department_id = :departmentId AND issue_type = :issueType "
            + "AND state IN ('SUBMITTED', 'RECTIFYING') "
            + "AND ((:itemId IS NOT NULL AND responsibility_item_id = :itemId) "
            + "OR (:itemId IS NULL AND responsibility_item_id IS NULL AND key_area_id = :keyAreaId)) ORDER BY id")
    List<Finding> findOpenAlike(Long departmentId, String issueType, @Nullable Long itemId,
                                @Nullable Long keyAreaId);

    List<Finding> findByIdInList(Collection<Long> ids);
}
