package org.sunshine.annualreport;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EditionInfoRepository extends GenericRepository<EditionInfo, Long> {

    List<EditionInfo> findByReportIdOrderByEditionDesc(long reportId);

    List<EditionInfo> findByReportIdInListOrderByEditionDesc(Collection<Long> reportIds);
}
