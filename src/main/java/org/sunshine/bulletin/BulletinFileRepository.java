package org.sunshine.bulletin;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface BulletinFileRepository extends CrudRepository<BulletinFile, Long> {

    Optional<BulletinFile> findByBulletinIdAndFormat(long bulletinId, String format);

    @Query("SELECT COUNT(*) FROM bulletin_file WHERE bulletin_id = :bulletinId")
    long countFiles(long bulletinId);
}
