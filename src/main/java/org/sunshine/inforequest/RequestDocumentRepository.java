package org.sunshine.inforequest;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RequestDocumentRepository extends CrudRepository<RequestDocument, Long> {

    @Query("SELECT id, request_id, kind, doc_number, issued_at, file_name, size_bytes, sha256 "
            + "FROM info_request_document WHERE request_id = :requestId ORDER BY id")
    List<RequestDocument.Info> findInfos(Long requestId);
}
