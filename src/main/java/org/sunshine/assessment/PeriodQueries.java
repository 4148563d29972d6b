package org.sunshine.assessment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRow;
import org.sunshine.security.UserService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading periods, as each viewer may: inspectors and leaders see every period and every result; a department's
 * handler sees the periods it is assessed in once the results are published. Also what other features read of the
 * periods (bulletins, the dashboard, the scoreboard), who check themselves who may see it. A period's page is
 * {@link PeriodDetails}, a department's result {@link DepartmentResults}.
 */
@Singleton
public class PeriodQueries {

    static final Set<PeriodState> SHOWN_TO_DEPARTMENTS = EnumSet.of(PeriodState.PUBLISHED, PeriodState.LOCKED);

    private final PeriodRepository periods;
    private final PeriodDepartmentRepository scope;
    private final AssignmentRepository assignments;
    private final ScoreSheetRepository sheets;
    private final ScoreRepository scores;
    private final IndicatorSystemRepository systems;
    private final PeriodResults results;
    private final UserService users;

    PeriodQueries(PeriodRepository periods, PeriodDepartmentRepository scope, AssignmentRepository assignments,
                  ScoreSheetRepository sheets, ScoreRepository scores, IndicatorSystemRepository systems,
                  PeriodResults results, UserService users) {
        this.periods = periods;
        this.scope = scope;
        this.assignments = assignments;
        this.sheets = sheets;
        this.scores = scores;
        this.systems = systems;
        this.results = results;
        this.users = users;
    }

    /** A period in the list. */
    public record PeriodRow(long id, String name, PeriodKind kind, LocalDate startsOn, LocalDate endsOn, PeriodState state,
                            IndicatorSystem system, String leadName, int departments, int sheetsSubmitted, int sheetsAssigned,
                            int revision) {
    }

    /** A department's submitted score of one indicator, for another feature (a bulletin's lowest indicators). */
    public record SubmittedScore(long departmentId, long inspectorId, long indicatorId, BigDecimal value, String reason) {
    }

    /** A period, for another feature's service (bulletins), which checks who may see it. */
    @Transactional(readOnly = true)
    public Optional<Period> find(long periodId) {
        return periods.findById(periodId);
    }

    /** Every period's name by id, for lists of another feature. */
    @Transactional(readOnly = true)
    public Map<Long, String> names() {
        Map<Long, String> names = new HashMap<>();
        periods.findAll().forEach(p -> names.put(p.getId(), p.getName()));
        return names;
    }

    /** The scores submitted for a department in a period (drafts left out). */
    @Transactional(readOnly = true)
    public List<SubmittedScore> submittedScores(long periodId, long departmentId) {
        return scores.findSubmittedFor(periodId, departmentId).stream()
                .map(s -> new SubmittedScore(s.departmentId(), s.inspectorId(), s.indicatorId(), s.value(), s.reason()))
                .toList();
    }

    /** Every period, the newest first, for another feature's service (the dashboard), which checks who may see it. */
    @Transactional(readOnly = true)
    public List<Period> all() {
        return periods.findAllOrderByStartsOnDescAndIdDesc();
    }

    /** The periods whose results are locked, the one that ends first first: what the public and the trend see. */
    @Transactional(readOnly = true)
    public List<Period> locked() {
        return periods.findByStateOrderByEndsOnAsc(PeriodState.LOCKED);
    }

    @Transactional(readOnly = true)
    public List<PeriodRow> list(SignedInUser viewer) {
        List<Period> visible;
        if (staff(viewer)) {
            visible = periods.findAllOrderByStartsOnDescAndIdDesc();
        } else if (viewer.is(Role.HANDLER) && viewer.departmentId() != null) {
            Set<Long> mine = scope.findByDepartmentId(viewer.departmentId()).stream().map(PeriodDepartment::periodId)
                    .collect(Collectors.toSet());
            visible = periods.findAllOrderByStartsOnDescAndIdDesc().stream()
                    .filter(p -> mine.contains(p.getId()) && SHOWN_TO_DEPARTMENTS.contains(p.getState())).toList();
        } else {
            throw new DomainException("error.notAllowed");
        }
        Map<Long, String> userNames = users.list().stream().collect(Collectors.toMap(UserRow::id, UserRow::displayName));
        Map<Long, IndicatorSystem> systemsById = new HashMap<>();
        systems.findAll().forEach(s -> systemsById.put(s.getId(), s));
        List<PeriodRow> rows = new ArrayList<>();
        for (Period p : visible) {
            List<ScoreSheet> all = sheets.findByPeriodId(p.getId());
            rows.add(new PeriodRow(p.getId(), p.getName(), p.getKind(), p.getStartsOn(), p.getEndsOn(), p.getState(),
                    systemsById.get(p.getSystemId()), userNames.getOrDefault(p.getLeadInspectorId(), ""),
                    scope.findByPeriodId(p.getId()).size(), (int) all.stream().filter(ScoreSheet::submitted).count(),
                    assignments.findByPeriodId(p.getId()).size(), p.getRevision()));
        }
        return rows;
    }

    /** The ranking of a period: a locked revision ({@code revisionNo > 0}), or the one in force / computed now. */
    @Transactional(readOnly = true)
    public ResultTable ranking(long periodId, int revisionNo, SignedInUser viewer) {
        if (!staff(viewer)) {
            throw new DomainException("error.notAllowed");
        }
        Period period = periods.findById(periodId).orElseThrow(() -> new DomainException("assessment.period.error.missing"));
        if (revisionNo > 0 && period.getState() == PeriodState.LOCKED && revisionNo <= period.getRevision()) {
            return results.locked(period, revisionNo);
        }
        return results.current(period);
    }

    /** The inspectors who can be assigned or lead, by name. */
    @Transactional(readOnly = true)
    public List<UserRow> inspectors() {
        return users.enabled(Role.INSPECTOR).stream().sorted(Comparator.comparing(UserRow::displayName)).toList();
    }

    /** Inspectors and leaders: they see every period and every result. */
    static boolean staff(SignedInUser viewer) {
        return viewer != null && (viewer.is(Role.INSPECTOR) || viewer.is(Role.LEADER));
    }
}
