package org.sunshine.assessment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/** What of the assessment waits for a user, counted for their workbench. */
@Singleton
public class PeriodTasks {

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

    /** For a department: the periods whose results wait for its answer. */
    @Transactional(readOnly = true)
    public long awaitingAnswer(SignedInUser handler) {
        if (!handler.is(Role.HANDLER) || handler.departmentId() == null) {
            return 0;
        }
        LocalDate today = clock.today();
        return scope.findByDepartmentId(handler.departmentId()).stream()
                .filter(d -> d.acceptedAt() == null)
                .map(d -> periods.findById(d.periodId()).orElseThrow())
                .filter(p -> p.getState() == PeriodState.PUBLISHED && !today.isAfter(p.getObjectionDue()))
                .filter(p -> objections.findByPeriodIdAndDepartmentId(p.getId(), handler.departmentId()).isEmpty())
                .count();
    }

    /** For an inspector: sheets not yet submitted in periods being scored. */
    @Transactional(readOnly = true)
    public long sheetsToSubmit(SignedInUser inspector) {
        if (!inspector.is(Role.INSPECTOR)) {
            return 0;
        }
        Set<Long> scoring = periods.findByStateOrderByEndsOnAsc(PeriodState.SCORING).stream().map(Period::getId)
                .collect(Collectors.toSet());
        Set<String> submitted = scoring.stream().flatMap(p -> sheets.findByPeriodId(p).stream())
                .filter(s -> s.getInspectorId() == inspector.id() && s.submitted())
                .map(s -> s.getPeriodId() + "/" + s.getDepartmentId()).collect(Collectors.toSet());
        return assignments.findByInspectorId(inspector.id()).stream()
                .filter(a -> scoring.contains(a.periodId()) && !submitted.contains(a.periodId() + "/" + a.departmentId()))
                .count();
    }

    /** For a lead inspector: objections waiting for an answer. */
    @Transactional(readOnly = true)
    public long objectionsToAnswer(SignedInUser inspector) {
        if (!inspector.is(Role.INSPECTOR)) {
            return 0;
        }
        return periods.findByStateOrderByEndsOnAsc(PeriodState.PUBLISHED).stream()
                .filter(p -> p.isLead(inspector.id()))
                .flatMap(p -> objections.findByPeriodIdOrderByFiledAt(p.getId()).stream())
                .filter(o -> !o.answered()).count();
    }
}
