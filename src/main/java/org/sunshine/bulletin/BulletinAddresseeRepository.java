package org.sunshine.bulletin;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface BulletinAddresseeRepository extends CrudRepository<BulletinAddressee, Long> {

    List<BulletinAddressee> findByBulletinId(long bulletinId);

    List<BulletinAddressee> findByDepartmentId(long departmentId);

    java.util.Optional<BulletinAddressee> findByBulletinIdAndDepartmentId(long bulletinId, long departmentId);

    void deleteByBulletinId(long bulletinId);

    /** Writes the receipt unless one is there already (then 0): a receipt is never overwritten. */
    @Query("UPDATE bulletin_addressee SET signed_at = :signedAt, signed_by_name = :signedByName "
            + "WHERE id = :id AND signed_at IS NULL")
    int signIfUnsigned(long id, Instant signedAt, String signedByName);
}
