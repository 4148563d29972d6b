package org.sunshine.workflow;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface WorkflowEventRepository extends CrudRepository<WorkflowEvent, Long> {

    List<WorkflowEvent> findByMachineAndRecordIdOrderById(String machine, Long recordId);

    List<WorkflowEvent> findByMachineAndRecordIdInListOrderById(String machine, Collection<Long> recordIds);

    List<WorkflowEvent> findByMachineAndRecordIdAndActionOrderById(String machine, Long recordId, String action);
}
