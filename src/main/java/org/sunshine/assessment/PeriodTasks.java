package org.sunshine.assessment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What of the assessment waits for a user, as the periods it waits in: the workbench counts them and the periods'
 * list shows exactly them.
 */
@Singleton
public class PeriodTasks {

    /** What waits in a period. */
    public enum Task {
        /** an inspector: score sheets not yet submitted in a period being scored */
        SHEETS,
        /** a lead inspector: objections not yet answered */
        OBJECTIONS,
        /** a department: published results waiting for it to accept or object */
        RESULTS
    }

    private final PeriodRepository periods;
    private final PeriodDepartmentRepository scope;
    private final AssignmentRepository assignments;
    private final ScoreSheetRepository sheets;
    private final ObjectionRepository objections;
    private final BusinessClock clock;

    PeriodTasks(PeriodRepository periods, PeriodDepartmentRepository scope, AssignmentRepository assignments,
                ScoreSheetRepository sheets, ObjectionRepository objections, BusinessClock clock) {
        this.periods = periods;
        this.scope = scope;
        this.assignments = assignments;
        this.sheets = sheets;
        this.objections = objections;
        this.clock = clock;
    }

    /** The periods in which the task waits for the user (none for a role it is not theirs). */
    @Transactional(readOnly = true)
    public Set<Long> periods(Task task, SignedInUser user) {
        return switch (task) {
            case SHEETS -> sheetsToSubmit(user);
            case OBJECTIONS -> objectionsToAnswer(user);
            case RESULTS -> awaitingAnswer(user);
        };
    }

    private Set<Long> awaitingAnswer(SignedInUser handler) {
        if (!handler.is(Role.HANDLER) || handler.departmentId() == null) {
            return Set.of();
        }
        LocalDate today = clock.today();
        return scope.findByDepartmentId(handler.departmentId()).stream()
                .filter(d -> d.acceptedAt() == null)
                .map(d -> periods.findById(d.periodId()).orElseThrow())
                .filter(p -> p.getState() == PeriodState.PUBLISHED && !today.isAfter(p.getObjectionDue()))
                .filter(p -> objections.findByPeriodIdAndDepartmentId(p.getId(), handler.departmentId()).isEmpty())
                .map(Period::getId).collect(Collectors.toSet());
    }

    private Set<Long> sheetsToSubmit(SignedInUser inspector) {
        if (!inspector.is(Role.INSPECTOR)) {
            return Set.of();
        }
        Set<Long> scoring = periods.findByStateOrderByEndsOnAsc(PeriodState.SCORING).stream().map(Period::getId)
                .collect(Collectors.toSet());
        Set<String> submitted = scoring.stream().flatMap(p -> sheets.findByPeriodId(p).stream())
                .filter(s -> s.getInspectorId() == inspector.id() && s.submitted())
                .map(s -> s.getPeriodId() + "/" + s.getDepartmentId()).collect(Collectors.toSet());
        return assignments.findByInspectorId(inspector.id()).stream()
                .filter(a -> scoring.contains(a.periodId()) && !submitted.contains(a.periodId() + "/" + a.departmentId()))
                .map(a -> a.periodId()).collect(Collectors.toSet());
    }

    private Set<Long> objectionsToAnswer(SignedInUser inspector) {
        if (!inspector.is(Role.INSPECTOR)) {
            return Set.of();
        }
        return periods.findByStateOrderByEndsOnAsc(PeriodState.PUBLISHED).stream()
                .filter(p -> p.isLead(inspector.id()))
                .filter(p -> objections.findByPeriodIdOrderByFiledAt(p.getId()).stream().anyMatch(o -> !o.answered()))
                .map(Period::getId).collect(Collectors.toSet());
    }
}
