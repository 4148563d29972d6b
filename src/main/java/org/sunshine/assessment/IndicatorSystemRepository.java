package org.sunshine.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IndicatorSystemRepository extends CrudRepository<IndicatorSystem, Long> {

    List<IndicatorSystem> findAllOrderByNameAscAndVersionNoDesc();

    @Query("SELECT COALESCE(MAX(version_no), 0) FROM indicator_system WHERE name = :name")
    int maxVersionNo(String name);

    @Query("SELECT COUNT(*) FROM assessment_period WHERE system_id = :systemId")
    long countPeriods(Long systemId);
}
