package org.sunshine.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IndicatorRepository extends CrudRepository<Indicator, Long> {

    /** Categories first (by seq), then indicators (by parent, then seq). */
    @Query("SELECT * FROM indicator WHERE system_id = :systemId ORDER BY parent_id IS NOT NULL, parent_id, seq, id")
    List<Indicator> findTree(Long systemId);

    long countByParentId(Long parentId);
}
