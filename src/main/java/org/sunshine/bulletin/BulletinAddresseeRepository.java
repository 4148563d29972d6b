package org.sunshine.bulletin;


import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface BulletinAddresseeRepository extends CrudRepository<BulletinAddressee, Long> {

    List<BulletinAddressee> findByBulletinId(long bulletinId);

    List<BulletinAddressee> findByDepartmentId(long departmentId);

    java.util.Optional<BulletinAddressee> findByBulletinIdAndDepartmentId(long bulletinId, long departmentId);

    void deleteByBulletinId(long bulletinId);
}
