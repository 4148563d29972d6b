package org.sunshine.directory;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ResponsibilityRepository extends CrudRepository<ResponsibilityItem, Long> {

    Optional<ResponsibilityItem> findBySeqNo(int seqNo);

    List<ResponsibilityItem> findAll(Sort sort);

    @Query("SELECT item_id, department_id, duty FROM responsibility_department")
    List<DutyLink> findAllLinks();

    @Query("SELECT item_id, department_id, duty FROM responsibility_department WHERE item_id = :itemId")
    List<DutyLink> findLinks(Long itemId);

    @Query("DELETE FROM responsibility_department WHERE item_id = :itemId")
    void deleteLinks(Long itemId);

    @Query("INSERT INTO responsibility_department (item_id, department_id, duty) VALUES (:itemId, :departmentId, :duty)")
    void insertLink(Long itemId, Long departmentId, String duty);
}
