package org.sunshine.assessment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.DomainException;
import org.sunshine.security.SignedInUser;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who scores which department of a period (评分分工), set by its lead inspector while it is being scored. An
 * inspector who has submitted a sheet for a department cannot be taken off it (the sheet counts in the results); one
 * taken off with only a draft loses the draft, which nobody else has seen.
 */
@Singleton
public class PeriodAssignments {

    private final Periods periods;
    private final PeriodDepartmentRepository scope;
    private final AssignmentRepository assignments;
    private final ScoreSheetRepository sheets;
    private final ScoreRepository scores;
    private final AuditLog audit;
    private final PeriodSteps steps;

    PeriodAssignments(Periods periods, PeriodDepartmentRepository scope, AssignmentRepository assignments,
                      ScoreSheetRepository sheets, ScoreRepository scores, AuditLog audit, PeriodSteps steps) {
        this.periods = periods;
        this.scope = scope;
        this.assignments = assignments;
        this.sheets = sheets;
        this.scores = scores;
        this.audit = audit;
        this.steps = steps;
    }

    /** Sets the inspectors who score a department. */
    @Transactional
    public void assign(long periodId, long departmentId, Set<Long> inspectorIds, SignedInUser actor) {
        Period period = periods.scoringByLeadForUpdate(periodId, actor);
        periods.requireInScope(periodId, departmentId);
        setInspectors(period, departmentId, inspectorIds, actor);
        String department = periods.departmentName(departmentId);
        String who = periods.userNames(inspectorIds);
        steps.record(period, PeriodAction.ASSIGN, actor, departmentId,
                periods.chinese("assessment.history.assign", department, who), department + ": " + who);
    }

    /** Gives every department of the period the same inspectors (the usual way of starting). */
    @Transactional
    public void assignAll(long periodId, Set<Long> inspectorIds, SignedInUser actor) {
        Period period = periods.scoringByLeadForUpdate(periodId, actor);
        for (PeriodDepartment d : scope.findByPeriodId(periodId)) {
            setInspectors(period, d.departmentId(), inspectorIds, actor);
        }
        String who = periods.userNames(inspectorIds);
        steps.record(period, PeriodAction.ASSIGN, actor, null, periods.chinese("assessment.history.assignAll", who),
                "*: " + who);
    }

    /**
     * Only an inspector newly added must be an enabled inspector: one already assigned who has since been disabled
     * may stay (their submitted sheet counts) or be taken off.
     */
    private void setInspectors(Period period, long departmentId, Set<Long> inspectorIds, SignedInUser actor) {
        if (inspectorIds == null || inspectorIds.isEmpty()) {
            throw DomainException.on("inspectorIds", "assessment.period.error.noInspectors");
        }
        long periodId = period.getId();
        List<Assignment> current = assignments.findByPeriodIdAndDepartmentId(periodId, departmentId);
        Set<Long> present = current.stream().map(Assignment::inspectorId).collect(Collectors.toSet());
        for (long id : inspectorIds) {
            if (!present.contains(id) && periods.inspector(id).isEmpty()) {
                throw DomainException.on("inspectorIds", "assessment.period.error.inspector");
            }
        }
        List<Assignment> leaving = current.stream().filter(a -> !inspectorIds.contains(a.inspectorId())).toList();
        for (Assignment a : leaving) {
            if (sheets.findByPeriodIdAndDepartmentIdAndInspectorId(periodId, departmentId, a.inspectorId())
                    .filter(ScoreSheet::submitted).isPresent()) {
                throw DomainException.on("inspectorIds", "assessment.period.error.hasSheet",
                        periods.userName(a.inspectorId()));
            }
        }
        for (Assignment a : leaving) {
            sheets.findByPeriodIdAndDepartmentIdAndInspectorId(periodId, departmentId, a.inspectorId()).ifPresent(draft -> {
                scores.deleteBySheetId(draft.getId());
                sheets.delete(draft);
                audit.record(actor, AuditAction.SCORE_DRAFT_DISCARDED, PeriodSteps.TARGET, periodId,
                        periods.departmentName(departmentId) + ": " + periods.userName(a.inspectorId()), null);
            });
            assignments.delete(a);
        }
        for (long id : inspectorIds) {
            if (!present.contains(id)) {
                assignments.save(new Assignment(null, periodId, departmentId, id));
            }
        }
    }
}
