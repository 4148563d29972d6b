package org.sunshine.complaint;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AttachmentRepository extends CrudRepository<ComplaintAttachment, Long> {

    @Query("SELECT id, complaint_id, event_id, file_name, content_type, size_bytes FROM complaint_attachment "
            + "WHERE complaint_id = :complaintId ORDER BY id")
    List<ComplaintAttachment.Info> findInfos(Long complaintId);
}
