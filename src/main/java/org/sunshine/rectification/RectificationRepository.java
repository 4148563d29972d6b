package org.sunshine.rectification;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RectificationRepository extends CrudRepository<Rectification, Long> {

    Optional<Rectification> findByIdForUpdate(Long id);

    Optional<Rectification> findBySubjectKindAndSubjectId(String subjectKind, long subjectId);

    List<Rectification> findBySubjectKindAndSubjectIdInList(String subjectKind, Collection<Long> subjectIds);

    List<Rectification> findByIdInList(Collection<Long> ids);

    List<Rectification> findByStateInList(Collection<RectificationState> states);

    long countBySubjectKindAndStateInList(String subjectKind, Collection<RectificationState> states);

    long countBySubjectKindAndDepartmentIdAndStateInList(String subjectKind, long departmentId,
                                                         Collection<RectificationState> states);

    /** A department's rectifications of a kind in one of the states, as the pageable sorts and cuts them. */
    List<Rectification> findBySubjectKindAndDepartmentIdAndStateInList(String subjectKind, long departmentId,
                                                                       Collection<RectificationState> states,
                                                                       io.micronaut.data.model.Pageable pageable);

    /** The latest other rectification of the department on the topic opened on or after {@code since}. */
    Optional<Rectification> findFirstByDepartmentIdAndTopicAndStartedOnGreaterThanEqualsAndIdNotEqualOrderByStartedOnDescAndIdDesc(
            long departmentId, String topic, LocalDate since, Long id);
}
