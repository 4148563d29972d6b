package org.sunshine.bulletin;


import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface BulletinDepartmentRepository extends CrudRepository<BulletinDepartment, Long> {

    List<BulletinDepartment> findByBulletinIdOrderByRoleAscAndRankNoAscAndId(long bulletinId);

    List<BulletinDepartment> findByBulletinIdAndRole(long bulletinId, DepartmentRole role);

    void deleteByBulletinIdAndDepartmentIdAndRole(long bulletinId, long departmentId, DepartmentRole role);
}
