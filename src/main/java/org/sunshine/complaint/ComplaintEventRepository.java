package org.sunshine.complaint;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ComplaintEventRepository extends CrudRepository<ComplaintEvent, Long> {

    List<ComplaintEvent> findByComplaintIdOrderById(Long complaintId);
}
