package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.directory.DirectoryNames;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.User;
import org.sunshine.security.UserRepository;
import org.sunshine.workflow.History;
import org.sunshine.workflow.Step;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.Instant;
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
 * Reading periods and their results, as each viewer may: inspectors and leaders see every period and every result
 * (sheets only once submitted); a department's handler sees the periods it is assessed in once the results are
 * published, and only its own result, with the inspectors' reasons but not their names.
 */
@Singleton
public class PeriodQueries {

    private static final Set<PeriodState> SHOWN_TO_DEPARTMENTS = EnumSet.of(PeriodState.PUBLISHED, PeriodState.LOCKED);

    private final PeriodRepository periods;
    private final PeriodDepartmentRepository scope;
    private final AssignmentRepository assignments;
    private final ScoreSheetRepository sheets;
    private final ScoreRepository scores;
    private final ResolutionRepository resolutions;
    private final ObjectionRepository objections;
    private final ResultRepository revisions;
    private final IndicatorSystemRepository systems;
    private final PeriodResults results;
    private final PeriodService service;
    private final UserRepository users;
    private final DirectoryNames names;
    private final History history;
    private final Clock clock;

    PeriodQueries(PeriodRepository periods, PeriodDepartmentRepository scope, AssignmentRepository assignments,
                  ScoreSheetRepository sheets, ScoreRepository scores, ResolutionRepository resolutions,
                  ObjectionRepository objections, ResultRepository revisions, IndicatorSystemRepository systems,
                  PeriodResults results, PeriodService service, UserRepository users, DirectoryNames names, History history,
                  Clock clock) {
        this.periods = periods;
        this.scope = scope;
        this.assignments = assignments;
        this.sheets = sheets;
        this.scores = scores;
        this.resolutions = resolutions;
        this.objections = objections;
        this.revisions = revisions;
        this.systems = systems;
        this.results = results;
        this.service = service;
        this.users = users;
        this.names = names;
        this.history = history;
        this.clock = clock;
    }

    /** A period in the list. */
    public record PeriodRow(long id, String name, PeriodKind kind, LocalDate startsOn, LocalDate endsOn, PeriodState state,
                            IndicatorSystem system, String leadName, int departments, int sheetsSubmitted, int sheetsAssigned,
                            int revision) {
    }

    /** A department's progress in a period. */
    public record Progress(long departmentId, String departmentName, Set<Long> inspectorIds, List<String> inspectorNames,
                           int submitted, @Nullable Instant acceptedAt, @Nullable String acceptedByName,
                           @Nullable Objection objection) {
    }

    /** A revision of the locked results, with the names of what a correction changed. */
    public record Revision(ResultRevision revision, @Nullable String departmentName, @Nullable String indicatorName) {
    }

    /**
     * A period's page for inspectors and leaders.
     *
     * @param lead the viewer is the lead inspector
     */
    public record PeriodDetail(Period period, IndicatorSystem system, String leadName, boolean lead, List<Progress> departments,
                               List<Revision> revisions, List<Problem> publishProblems, List<Problem> lockProblems,
                               List<Step<PeriodState, PeriodAction>> history) {

        public List<Objection> objections() {
            return departments.stream().map(Progress::objection).filter(o -> o != null)
                    .sorted(Comparator.comparing(Objection::filedAt)).toList();
        }
    }

    /** One inspector's value of an indicator, named for staff and numbered for the department. */
    public record InspectorValue(String inspector, double value, String reason, @Nullable String evidenceUrl) {
    }

    /** An indicator of a department's result, with everything that went into it. */
    public record Line(Indicator indicator, DepartmentScore.IndicatorScore score, List<InspectorValue> values,
                       @Nullable Resolution resolution) {
    }

    /**
     * One department's result in a period, to be read down to every score and its reason.
     *
     * @param row         its place, or empty if it has no result (yet)
     * @param ofDepartments how many departments were ranked
     * @param mayAnswer   the viewer is the department's handler and may still accept or object
     */
    public record DepartmentResult(Period period, SystemTree tree, long departmentId, String departmentName,
                                   Optional<ResultTable.Row> row, int ofDepartments, List<Line> lines,
                                   @Nullable Objection objection, @Nullable Instant acceptedAt, boolean mayAnswer,
                                   boolean lead) {
    }

    /** A department's submitted score of one indicator, for another feature (a bulletin's lowest indicators). */
    public record SubmittedScore(long departmentId, long inspectorId, long indicatorId, BigDecimal value) {
    }

    /** A period, for another feature's service (bulletins), which checks who may see it. */
    @Transactional(readOnly = true)
    public Optional<Period> find(long periodId) {
        return periods.findById(periodId);
    }

    /** Every period's name by id, for lists of another feature. */
    @Transactional(readOnly = true)
    public Map<Long, String> names() {
        Map<Long, String> names = new java.util.HashMap<>();
        periods.findAll().forEach(p -> names.put(p.getId(), p.getName()));
        return names;
    }

    /** The scores submitted for a department in a period (drafts left out). */
    @Transactional(readOnly = true)
    public List<SubmittedScore> submittedScores(long periodId, long departmentId) {
        return scores.findSubmittedFor(periodId, departmentId).stream()
                .map(s -> new SubmittedScore(s.departmentId(), s.inspectorId(), s.indicatorId(), s.value())).toList();
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
        Map<Long, String> userNames = userNames();
        Map<Long, IndicatorSystem> systemsById = systemsById();
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

    @Transactional(readOnly = true)
    public PeriodDetail detail(long periodId, SignedInUser viewer) {
        if (!staff(viewer)) {
            throw new DomainException("error.notAllowed");
        }
        Period period = service.load(periodId);
        Map<Long, String> userNames = userNames();
        DirectoryNames.Names directory = names.read();
        Map<Long, List<Assignment>> assigned = assignments.findByPeriodId(periodId).stream()
                .collect(Collectors.groupingBy(Assignment::departmentId));
        Map<String, ScoreSheet> sheetOf = new HashMap<>();
        sheets.findByPeriodId(periodId).forEach(s -> sheetOf.put(s.getDepartmentId() + "/" + s.getInspectorId(), s));
        Map<Long, Objection> objectionOf = objections.findByPeriodIdOrderByFiledAt(periodId).stream()
                .collect(Collectors.toMap(Objection::departmentId, o -> o));
        List<Progress> progress = new ArrayList<>();
        for (PeriodDepartment d : scope.findByPeriodId(periodId)) {
            List<Assignment> mine = assigned.getOrDefault(d.departmentId(), List.of());
            int submitted = (int) mine.stream().map(a -> sheetOf.get(d.departmentId() + "/" + a.inspectorId()))
                    .filter(s -> s != null && s.submitted()).count();
            progress.add(new Progress(d.departmentId(), directory.department(d.departmentId()),
                    mine.stream().map(Assignment::inspectorId).collect(Collectors.toSet()),
                    mine.stream().map(a -> userNames.getOrDefault(a.inspectorId(), "")).sorted().toList(),
                    submitted, d.acceptedAt(), d.acceptedByName(), objectionOf.get(d.departmentId())));
        }
        progress.sort(Comparator.comparing(Progress::departmentName));
        Map<Long, String> indicatorNames = new HashMap<>();
        results.tree(period).categories().forEach(b -> b.indicators().forEach(i -> indicatorNames.put(i.id(), i.name())));
        List<Revision> revisionRows = revisions.findByPeriodIdOrderByRevisionNo(periodId).stream()
                .map(r -> new Revision(r, directory.department(r.departmentId()),
                        r.indicatorId() == null ? null : indicatorNames.get(r.indicatorId())))
                .toList();
        boolean lead = viewer.is(Role.INSPECTOR) && period.isLead(viewer.id());
        List<Problem> publish = lead && period.getState() == PeriodState.SCORING ? service.publishProblems(periodId) : List.of();
        List<Problem> lock = lead && period.getState() == PeriodState.PUBLISHED ? service.lockProblems(periodId) : List.of();
        return new PeriodDetail(period, systemsById().get(period.getSystemId()),
                userNames.getOrDefault(period.getLeadInspectorId(), ""), lead, progress, revisionRows, publish, lock,
                history.of(PeriodWorkflow.TABLE, periodId));
    }

    /** The ranking of a period: a locked revision ({@code revisionNo > 0}), or the one in force / computed now. */
    @Transactional(readOnly = true)
    public ResultTable ranking(long periodId, int revisionNo, SignedInUser viewer) {
        if (!staff(viewer)) {
            throw new DomainException("error.notAllowed");
        }
        Period period = service.load(periodId);
        if (revisionNo > 0 && period.getState() == PeriodState.LOCKED && revisionNo <= period.getRevision()) {
            return results.locked(period, revisionNo);
        }
        return results.current(period);
    }

    @Transactional(readOnly = true)
    public DepartmentResult department(long periodId, long departmentId, SignedInUser viewer) {
        Period period = service.load(periodId);
        boolean own = viewer.is(Role.HANDLER) && viewer.departmentId() != null && viewer.departmentId() == departmentId;
        if (!staff(viewer) && !(own && SHOWN_TO_DEPARTMENTS.contains(period.getState()))) {
            throw new DomainException("error.notAllowed");
        }
        PeriodDepartment status = scope.findByPeriodIdAndDepartmentId(periodId, departmentId)
                .orElseThrow(() -> new DomainException("assessment.period.error.notInScope"));
        ResultTable table = results.current(period);
        Optional<ResultTable.Row> row = table.row(departmentId);
        Map<Long, String> userNames = userNames();
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
        List<Line> lines = new ArrayList<>();
        Map<Long, DepartmentScore.IndicatorScore> scoreOf = new HashMap<>();
        row.ifPresent(r -> r.score().indicators().forEach(i -> scoreOf.put(i.indicatorId(), i)));
        for (SystemTree.Branch branch : table.tree().categories()) {
            for (Indicator indicator : branch.indicators()) {
                DepartmentScore.IndicatorScore score = scoreOf.get(indicator.id());
                if (score != null) {
                    lines.add(new Line(indicator, score, values.getOrDefault(indicator.id(), List.of()), ruled.get(indicator.id())));
                }
            }
        }
        Objection objection = objections.findByPeriodIdAndDepartmentId(periodId, departmentId).orElse(null);
        boolean mayAnswer = own && period.getState() == PeriodState.PUBLISHED && objection == null
                && status.acceptedAt() == null && !LocalDate.now(clock).isAfter(period.getObjectionDue());
        return new DepartmentResult(period, table.tree(), departmentId, names.read().department(departmentId), row,
                table.rows().size(), lines, objection, status.acceptedAt(), mayAnswer,
                viewer.is(Role.INSPECTOR) && period.isLead(viewer.id()));
    }

    /** The inspectors who can be assigned or lead, by name. */
    @Transactional(readOnly = true)
    public List<User> inspectors() {
        return users.findByRoleAndEnabledOrderByDisplayName(Role.INSPECTOR, true);
    }

    /** For a department: the periods whose results wait for its answer. */
    @Transactional(readOnly = true)
    public long awaitingAnswer(SignedInUser handler) {
        if (!handler.is(Role.HANDLER) || handler.departmentId() == null) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
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

    private Map<Long, String> userNames() {
        return users.findAll(Sort.UNSORTED).stream().collect(Collectors.toMap(User::getId, User::getDisplayName));
    }

    private Map<Long, IndicatorSystem> systemsById() {
        Map<Long, IndicatorSystem> byId = new HashMap<>();
        systems.findAll().forEach(s -> byId.put(s.getId(), s));
        return byId;
    }

    private static boolean staff(SignedInUser viewer) {
        return viewer != null && (viewer.is(Role.INSPECTOR) || viewer.is(Role.LEADER));
    }
}
