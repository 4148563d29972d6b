package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRow;
import org.sunshine.security.UserService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One department's result in a period, to be read down to every score and its reason: inspectors and leaders read
 * every department's, with the inspectors' names; a department's handler reads its own once published, with the
 * inspectors numbered instead of named.
 */
@Singleton
public class DepartmentResults {

    private final Periods periods;
    private final PeriodDepartmentRepository scope;
    private final ScoreRepository scores;
    private final ResolutionRepository resolutions;
    private final ObjectionRepository objections;
    private final PeriodResults results;
    private final UserService users;
    private final BusinessClock clock;

    DepartmentResults(Periods periods, PeriodDepartmentRepository scope, ScoreRepository scores,
                      ResolutionRepository resolutions, ObjectionRepository objections, PeriodResults results,
                      UserService users, BusinessClock clock) {
        this.periods = periods;
        this.scope = scope;
        this.scores = scores;
        this.resolutions = resolutions;
        this.objections = objections;
        this.results = results;
        this.users = users;
        this.clock = clock;
    }

    /** One inspector's value of an indicator, named for staff and numbered for the department. */
    public record InspectorValue(String inspector, double value, String reason, @Nullable String evidenceUrl) {
    }

    /** An indicator of a department's result, with everything that went into it. */
    public record Line(Indicator indicator, DepartmentScore.IndicatorScore score, List<InspectorValue> values,
                       @Nullable Resolution resolution) {
    }

    /**
     * One department's result in a period.
     *
     * @param row           its place, or empty if it has no result (yet)
     * @param ofDepartments how many departments were ranked
     * @param mayAnswer     the viewer is the department's handler and may still accept or object
     * @param lead          the viewer is the period's lead inspector
     */
    public record Result(Period period, SystemTree tree, long departmentId, String departmentName,
                         Optional<ResultTable.Row> row, int ofDepartments, List<Line> lines,
                         @Nullable Objection objection, @Nullable Instant acceptedAt, boolean mayAnswer, boolean lead) {
    }

    @Transactional(readOnly = true)
    public Result result(long periodId, long departmentId, SignedInUser viewer) {
        Period period = periods.load(periodId);
        boolean own = viewer.is(Role.HANDLER) && viewer.departmentId() != null && viewer.departmentId() == departmentId;
        if (!PeriodQueries.staff(viewer) && !(own && PeriodQueries.SHOWN_TO_DEPARTMENTS.contains(period.getState()))) {
            throw new DomainException("error.notAllowed");
        }
        PeriodDepartment status = scope.findByPeriodIdAndDepartmentId(periodId, departmentId)
                .orElseThrow(() -> new DomainException("assessment.period.error.notInScope"));
        ResultTable table = results.current(period);
        Optional<ResultTable.Row> row = table.row(departmentId);
        Map<Long, String> userNames = users.list().stream().collect(Collectors.toMap(UserRow::id, UserRow::displayName));
        Map<Long, Integer> numbers = new HashMap<>();
        Map<Long, List<InspectorValue>> values = new HashMap<>();
        for (ScoreRepository.Submitted s : scores.findSubmittedFor(periodId, departmentId)) {
            numbers.putIfAbsent(s.inspectorId(), numbers.size() + 1);
            String who = own ? "#" + numbers.get(s.inspectorId()) : userNames.getOrDefault(s.inspectorId(), "");
            values.computeIfAbsent(s.indicatorId(), i -> new ArrayList<>()).add(new InspectorValue(who,
                    s.value().doubleValue(), s.reason(), s.evidenceUrl()));
        }
        Map<Long, Resolution> ruled = resolutions.findByPeriodIdAndDepartmentId(periodId, departmentId).stream()
                .collect(Collectors.toMap(Resolution::indicatorId, r -> r));
        Map<Long, DepartmentScore.IndicatorScore> scoreOf = new HashMap<>();
        row.ifPresent(r -> r.score().indicators().forEach(i -> scoreOf.put(i.indicatorId(), i)));
        List<Line> lines = new ArrayList<>();
        for (SystemTree.Branch branch : table.tree().categories()) {
            for (Indicator indicator : branch.indicators()) {
                DepartmentScore.IndicatorScore score = scoreOf.get(indicator.id());
                if (score != null) {
                    lines.add(new Line(indicator, score, values.getOrDefault(indicator.id(), List.of()),
                            ruled.get(indicator.id())));
                }
            }
        }
        Objection objection = objections.findByPeriodIdAndDepartmentId(periodId, departmentId).orElse(null);
        boolean mayAnswer = own && period.getState() == PeriodState.PUBLISHED && objection == null
                && status.acceptedAt() == null && !clock.today().isAfter(period.getObjectionDue());
        return new Result(period, table.tree(), departmentId, periods.departmentName(departmentId), row,
                table.rows().size(), lines, objection, status.acceptedAt(), mayAnswer,
                viewer.is(Role.INSPECTOR) && period.isLead(viewer.id()));
    }
}
