package org.sunshine.supervision;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SupervisorRepository extends CrudRepository<Supervisor, Long> {

    Optional<Supervisor> findByUserId(Long userId);

    List<Supervisor> findAllOrderByTermStartDesc();

    /** Terms not yet started as stored whose first day has come. */
    List<Supervisor> findByStateAndTermStartLessThanEquals(SupervisorState state, LocalDate today);

    /** Terms not yet over as stored whose last day has passed. */
    List<Supervisor> findByStateInListAndTermEndLessThan(Collection<SupervisorState> states, LocalDate today);

    /**
     * Supervisors in office on {@code today} by their term's dates (not dismissed), whatever the stored state says
     * yet: see {@link Supervisor#stateOn}.
     */
    @Query("SELECT * FROM supervisor WHERE state <> 'ENDED' AND term_start <= :today AND term_end >= :today ORDER BY id")
    List<Supervisor> findInOffice(LocalDate today);

    @Query("SELECT department_id FROM supervisor_department WHERE supervisor_id = :supervisorId")
    List<Long> findDepartmentIds(Long supervisorId);

    @Query("SELECT key_area_id FROM supervisor_key_area WHERE supervisor_id = :supervisorId")
    List<Long> findKeyAreaIds(Long supervisorId);

    /** The departments and key areas a supervisor watches. */
    default Scope scopeOf(long supervisorId) {
        return new Scope(Set.copyOf(findDepartmentIds(supervisorId)), Set.copyOf(findKeyAreaIds(supervisorId)));
    }

    @Query("DELETE FROM supervisor_department WHERE supervisor_id = :supervisorId")
    void deleteDepartments(Long supervisorId);

    @Query("DELETE FROM supervisor_key_area WHERE supervisor_id = :supervisorId")
    void deleteKeyAreas(Long supervisorId);

    @Query("INSERT INTO supervisor_department (supervisor_id, department_id) VALUES (:supervisorId, :departmentId)")
    void insertDepartment(Long supervisorId, Long departmentId);

    @Query("INSERT INTO supervisor_key_area (supervisor_id, key_area_id) VALUES (:supervisorId, :keyAreaId)")
    void insertKeyArea(Long supervisorId, Long keyAreaId);
}
