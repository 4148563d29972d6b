package org.sunshine.finding;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FindingAttachmentRepository extends CrudRepository<FindingAttachment, Long> {

    @Query("SELECT id, finding_id, file_name, content_type, size_bytes FROM finding_attachment "
            + "WHERE finding_id = :findingId ORDER BY id")
    List<FindingAttachment.Info> findInfos(Long findingId);
}
