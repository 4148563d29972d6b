package org.sunshine.inforequest;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RequestAttachmentRepository extends CrudRepository<RequestAttachment, Long> {

    @Query("SELECT id, request_id, event_id, purpose, file_name, content_type, size_bytes FROM info_request_attachment "
            + "WHERE request_id = :requestId ORDER BY id")
    List<RequestAttachment.Info> findInfos(Long requestId);
}
