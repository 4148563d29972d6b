package org.sunshine.assessment;

import jakarta.inject.Singleton;
import org.sunshine.directory.DirectoryNames;
import org.sunshine.security.UserRow;
import org.sunshine.security.UserService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads each department's progress in a period, for its page and for what still stops its publication or lock. */
@Singleton
class PeriodProgress {

    private final PeriodDepartmentRepository scope;
    private final AssignmentRepository assignments;
    private final ScoreSheetRepository sheets;
    private final ObjectionRepository objections;
    private final UserService users;
    private final DirectoryNames names;

    PeriodProgress(PeriodDepartmentRepository scope, AssignmentRepository assignments, ScoreSheetRepository sheets,
                   ObjectionRepository objections, UserService users, DirectoryNames names) {
        this.scope = scope;
        this.assignments = assignments;
        this.sheets = sheets;
        this.objections = objections;
        this.users = users;
        this.names = names;
    }

    /** Every department of the period, in the order of its scope. */
    List<DepartmentProgress> of(long periodId) {
        Map<Long, String> userNames = users.list().stream().collect(Collectors.toMap(UserRow::id, UserRow::displayName));
        DirectoryNames.Names directory = names.read();
        Map<Long, List<Assignment>> assigned = assignments.findByPeriodId(periodId).stream()
                .collect(Collectors.groupingBy(Assignment::departmentId));
        Set<String> submitted = sheets.findByPeriodId(periodId).stream().filter(ScoreSheet::submitted)
                .map(s -> s.getDepartmentId() + "/" + s.getInspectorId()).collect(Collectors.toSet());
        Map<Long, Objection> objectionOf = new HashMap<>();
        objections.findByPeriodIdOrderByFiledAt(periodId).forEach(o -> objectionOf.put(o.departmentId(), o));
        List<DepartmentProgress> progress = new ArrayList<>();
        for (PeriodDepartment d : scope.findByPeriodId(periodId)) {
            List<Assignment> mine = assigned.getOrDefault(d.departmentId(), List.of());
            int in = (int) mine.stream().filter(a -> submitted.contains(d.departmentId() + "/" + a.inspectorId())).count();
            progress.add(new DepartmentProgress(d.departmentId(), directory.department(d.departmentId()),
                    mine.stream().map(Assignment::inspectorId).collect(Collectors.toSet()),
                    mine.stream().map(a -> userNames.getOrDefault(a.inspectorId(), "")).sorted().toList(), in,
                    d.acceptedAt(), d.acceptedByName(), objectionOf.get(d.departmentId())));
        }
        return progress;
    }
}
