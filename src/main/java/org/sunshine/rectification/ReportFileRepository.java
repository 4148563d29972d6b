package org.sunshine.rectification;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ReportFileRepository extends CrudRepository<ReportFile, Long> {

    @Query("SELECT id, report_id, file_name, content_type, size_bytes FROM rectification_file "
            + "WHERE report_id IN (:reportIds) ORDER BY id")
    List<FileInfo> findInfos(Collection<Long> reportIds);
}
