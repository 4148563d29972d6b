package org.sunshine.bulletin;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ProblemAttachmentRepository extends CrudRepository<ProblemAttachment, Long> {

    /** The files of some reports, without their content. */
    @Query("SELECT id, report_id, file_name, size_bytes FROM bulletin_attachment WHERE report_id IN (:reportIds) ORDER BY id")
    List<ProblemAttachment.Info> findInfos(Collection<Long> reportIds);
}
