package org.sunshine.bulletin;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface BulletinProblemRepository extends CrudRepository<BulletinProblem, Long> {

    List<BulletinProblem> findByBulletinIdOrderByDepartmentIdAscAndSeqAsc(long bulletinId);

    List<BulletinProblem> findByBulletinIdAndDepartmentIdOrderBySeq(long bulletinId, long departmentId);

    List<BulletinProblem> findBySourceAndSourceRef(ProblemSource source, String sourceRef);
}
