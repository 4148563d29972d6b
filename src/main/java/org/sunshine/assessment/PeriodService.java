package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Messages;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.directory.Department;
import org.sunshine.directory.DepartmentRepository;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.User;
import org.sunshine.security.UserRepository;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A period from creation to lock and its corrections (the rules are in docs/architecture.md, "Assessment"):
 * <ol>
 *   <li>an inspector creates it (SCORING) and becomes, or names, its lead inspector, who assigns inspectors to the
 *   departments;</li>
 *   <li>the lead inspector rules on spreads, and publishes the results (PUBLISHED) once every assigned sheet is in and
 *   nothing is open; the departments then have {@code objectionDays} working days to accept or object, once;</li>
 *   <li>the lead inspector answers every objection (and, when upholding one, rules on the score again), then locks
 *   the period (LOCKED, revision 1) once the window is over or every department has answered;</li>
 *   <li>a locked result never changes: a correction of one indicator makes the next revision, with its reason.</li>
 * </ol>
 * Every step checks the role, the state and the input before writing anything.
 */
@Singleton
public class PeriodService {

    static final int MAX_TEXT = 2000;
    static final int MAX_REASON = 1000;

    private final PeriodRepository periods;
    private final PeriodDepartmentRepository scope;
    private final AssignmentRepository assignments;
    private final ScoreSheetRepository sheets;
    private final ScoreRepository scores;
    private final ResolutionRepository resolutions;
    private final ObjectionRepository objections;
    private final IndicatorSystemRepository systemRows;
    private final IndicatorSystemService systems;
    private final PeriodResults results;
    private final ResultRepository revisions;
    private final DepartmentRepository departments;
    private final UserRepository users;
    private final WorkingDayCalendar calendar;
    private final ScoringRules rules;
    private final Messages messages;
    private final AuditLog audit;
    private final PeriodSteps steps;
    private final Clock clock;

    PeriodService(PeriodRepository periods, PeriodDepartmentRepository scope, AssignmentRepository assignments,
                  ScoreSheetRepository sheets, ScoreRepository scores, ResolutionRepository resolutions,
                  ObjectionRepository objections, IndicatorSystemRepository systemRows, IndicatorSystemService systems,
                  PeriodResults results, ResultRepository revisions, DepartmentRepository departments,
                  UserRepository users, WorkingDayCalendar calendar, ScoringRules rules, Messages messages, AuditLog audit,
                  PeriodSteps steps, Clock clock) {
        this.periods = periods;
        this.scope = scope;
        this.assignments = assignments;
        this.sheets = sheets;
        this.scores = scores;
        this.resolutions = resolutions;
        this.objections = objections;
        this.systemRows = systemRows;
        this.systems = systems;
        this.results = results;
        this.revisions = revisions;
        this.departments = departments;
        this.users = users;
        this.calendar = calendar;
        this.rules = rules;
        this.messages = messages;
        this.audit = audit;
        this.steps = steps;
        this.clock = clock;
    }

    // --- setting up ---------------------------------------------------------------------------------------------

    /** Creates a period in SCORING with the rules in force; returns its id. */
    @Transactional
    public long create(PeriodForm form, SignedInUser actor) {
        requireInspector(actor);
        PeriodKind kind = form.kind();
        if (kind == null) {
            throw DomainException.on("kind", "assessment.period.error.kind");
        }
        if (form.year() < 2000 || form.year() > 2100) {
            throw DomainException.on("year", "assessment.period.error.year");
        }
        if (form.number() < 1 || form.number() > kind.perYear()) {
            throw DomainException.on("number", "assessment.period.error.number", kind.perYear());
        }
        IndicatorSystem system = form.systemId() == null ? null : systemRows.findById(form.systemId())
                .filter(s -> s.getState() == IndicatorSystem.State.PUBLISHED).orElse(null);
        if (system == null) {
            throw DomainException.on("systemId", "assessment.period.error.system");
        }
        User lead = form.leadInspectorId() == null ? null : inspector(form.leadInspectorId());
        if (lead == null) {
            throw DomainException.on("leadInspectorId", "assessment.period.error.lead");
        }
        Set<Long> scopeIds = form.departmentIds() == null ? Set.of() : form.departmentIds();
        if (scopeIds.isEmpty()) {
            throw DomainException.on("departmentIds", "assessment.period.error.departments");
        }
        for (long id : scopeIds) {
            if (!departments.findById(id).map(Department::isActive).orElse(false)) {
                throw DomainException.on("departmentIds", "assessment.period.error.departments");
            }
        }
        Integer quota = form.excellentQuotaPercent();
        if (quota != null && (quota < 1 || quota > 100)) {
            throw DomainException.on("excellentQuotaPercent", "assessment.period.error.quota");
        }
        LocalDate start = kind.start(form.year(), form.number());
        LocalDate end = kind.end(form.year(), form.number());
        String name = form.name() == null || form.name().isBlank() ? defaultName(kind, form.year(), form.number())
                : form.name().strip();
        if (name.length() > 100) {
            throw DomainException.on("name", "assessment.error.name", 100);
        }
        if (periods.findByName(name).isPresent()) {
            throw DomainException.on("name", "assessment.period.error.nameTaken", name);
        }
        if (periods.findAllOrderByStartsOnDescAndIdDesc().stream()
                .anyMatch(p -> p.getKind() == kind && p.getStartsOn().equals(start))) {
            throw DomainException.on("number", "assessment.period.error.exists", name);
        }

        Period period = new Period();
        period.setName(name);
        period.setKind(kind);
        period.setStartsOn(start);
        period.setEndsOn(end);
        period.setSystemId(system.getId());
        period.setLeadInspectorId(lead.getId());
        period.setState(PeriodState.SCORING);
        period.adopt(rules, quota);
        period.setCreatedByName(actor.displayName());
        period = steps.create(period, actor,
                name + " (" + start + " – " + end + ", " + system.getName() + " v" + system.getVersionNo() + ")");
        long periodId = period.getId();
        scope.saveAll(scopeIds.stream().sorted().map(d -> new PeriodDepartment(null, periodId, d, null, null)).toList());
        return periodId;
    }

    /** The name a period gets when none is given: 2026年第三季度, 2026年10月, 2026年度. */
    public String defaultName(PeriodKind kind, int year, int number) {
        return switch (kind) {
            case MONTH -> messages.chinese("assessment.period.name.MONTH", String.valueOf(year), number);
            case QUARTER -> messages.chinese("assessment.period.name.QUARTER", String.valueOf(year),
                    messages.chinese("assessment.period.quarterNames").split(",")[number - 1]);
            case YEAR -> messages.chinese("assessment.period.name.YEAR", String.valueOf(year));
        };
    }

    /**
     * Sets the inspectors who score a department. An inspector who has submitted a sheet for it cannot be taken off
     * (the sheet counts in the results); one taken off with only a draft loses the draft, which nobody else has seen.
     */
    @Transactional
    public void assign(long periodId, long departmentId, Set<Long> inspectorIds, SignedInUser actor) {
        Period period = scoringByLeadForUpdate(periodId, actor);
        requireInScope(periodId, departmentId);
        setInspectors(period, departmentId, inspectorIds, actor);
        String department = departmentName(departmentId);
        steps.record(period, PeriodAction.ASSIGN, actor, departmentId,
                messages.chinese("assessment.history.assign", department, names(inspectorIds)),
                department + ": " + names(inspectorIds));
    }

    /** Gives every department of the period the same inspectors (the usual way of starting). */
    @Transactional
    public void assignAll(long periodId, Set<Long> inspectorIds, SignedInUser actor) {
        Period period = scoringByLeadForUpdate(periodId, actor);
        for (PeriodDepartment d : scope.findByPeriodId(periodId)) {
            setInspectors(period, d.departmentId(), inspectorIds, actor);
        }
        steps.record(period, PeriodAction.ASSIGN, actor, null,
                messages.chinese("assessment.history.assignAll", names(inspectorIds)), "*: " + names(inspectorIds));
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
            if (!present.contains(id) && inspector(id) == null) {
                throw DomainException.on("inspectorIds", "assessment.period.error.inspector");
            }
        }
        List<Assignment> leaving = current.stream().filter(a -> !inspectorIds.contains(a.inspectorId())).toList();
        for (Assignment a : leaving) {
            if (sheets.findByPeriodIdAndDepartmentIdAndInspectorId(periodId, departmentId, a.inspectorId())
                    .filter(ScoreSheet::submitted).isPresent()) {
                throw DomainException.on("inspectorIds", "assessment.period.error.hasSheet", userName(a.inspectorId()));
            }
        }
        for (Assignment a : leaving) {
            sheets.findByPeriodIdAndDepartmentIdAndInspectorId(periodId, departmentId, a.inspectorId()).ifPresent(draft -> {
                scores.deleteBySheetId(draft.getId());
                sheets.delete(draft);
                audit.record(actor, AuditAction.SCORE_DRAFT_DISCARDED, "assessment_period", periodId,
                        departmentName(departmentId) + ": " + userName(a.inspectorId()), null);
            });
            assignments.delete(a);
        }
        for (long id : inspectorIds) {
            if (!present.contains(id)) {
                assignments.save(new Assignment(null, periodId, departmentId, id));
            }
        }
    }

    // --- rulings and publication ----------------------------------------------------------------------------------

    /**
     * The lead inspector's ruling on an indicator of a department, in the sheet's units (points, occurrences, 1/0
     * for a veto), with the reason: on a spread while scoring, or on an objection upheld before the lock.
     */
    @Transactional
    public void resolve(long periodId, long departmentId, long indicatorId, @Nullable BigDecimal value,
                        @Nullable String reason, SignedInUser actor) {
        Period period = byLeadForUpdate(periodId, actor);
        if (period.getState() == PeriodState.LOCKED) {
            throw new DomainException("assessment.period.error.locked");
        }
        requireInScope(periodId, departmentId);
        if (period.getState() == PeriodState.PUBLISHED && objections.findByPeriodIdAndDepartmentId(periodId, departmentId)
                .map(o -> o.outcome() != ObjectionOutcome.UPHELD).orElse(true)) {
            // once published, a result changes only on an objection upheld
            throw new DomainException("assessment.period.error.notUpheld");
        }
        Indicator indicator = indicatorOf(period, indicatorId);
        if (indicator.kind() == IndicatorKind.AUTO) {
            throw new DomainException("assessment.period.error.measured");
        }
        if (period.getState() == PeriodState.SCORING && !mayRuleWhileScoring(period, departmentId, indicatorId)) {
            // while scoring, the lead inspector settles disagreements; they do not overrule the inspectors
            throw new DomainException("assessment.period.error.noSpread");
        }
        BigDecimal checked = ScoreSheetService.checkValue(indicator, value, "value");
        if (checked == null) {
            throw DomainException.on("value", "assessment.sheet.error.value");
        }
        String why = text(reason, "reason", "assessment.period.error.reason", MAX_REASON);
        Resolution resolution = new Resolution(null, periodId, departmentId, indicatorId, checked, why,
                actor.displayName(), now());
        resolutions.findByPeriodIdAndDepartmentIdAndIndicatorId(periodId, departmentId, indicatorId).ifPresentOrElse(
                old -> resolutions.update(new Resolution(old.id(), periodId, departmentId, indicatorId, checked, why,
                        actor.displayName(), now())),
                () -> resolutions.save(resolution));
        String ruled = departmentName(departmentId) + " / " + indicator.name() + " = "
                + checked.stripTrailingZeros().toPlainString();
        steps.record(period, PeriodAction.RULE, actor, departmentId,
                messages.chinese("assessment.history.rule", ruled, why), ruled + ": " + why);
    }

    /** While scoring, an indicator can be ruled on where the inspectors disagree (a spread, ruled on yet or not). */
    private boolean mayRuleWhileScoring(Period period, long departmentId, long indicatorId) {
        return results.live(period).row(departmentId).stream().flatMap(r -> r.score().indicators().stream())
                .anyMatch(i -> i.indicatorId() == indicatorId && i.spread());
    }

    /** What still stops the lead inspector from publishing the results; empty when they can be published. */
    @Transactional(readOnly = true)
    public List<Problem> publishProblems(long periodId) {
        Period period = load(periodId);
        List<Problem> problems = new ArrayList<>();
        Map<Long, String> names = departmentNames();
        Set<String> waiting = new HashSet<>();
        for (PeriodDepartment d : scope.findByPeriodId(periodId)) {
            List<Assignment> assigned = assignments.findByPeriodIdAndDepartmentId(periodId, d.departmentId());
            if (assigned.isEmpty()) {
                problems.add(Problem.of("assessment.problem.unassigned", names.get(d.departmentId())));
            }
            for (Assignment a : assigned) {
                boolean in = sheets.findByPeriodIdAndDepartmentIdAndInspectorId(periodId, d.departmentId(), a.inspectorId())
                        .map(ScoreSheet::submitted).orElse(false);
                if (!in) {
                    waiting.add(names.get(d.departmentId()));
                }
            }
        }
        if (!waiting.isEmpty()) {
            problems.add(Problem.of("assessment.problem.sheetsMissing", waiting.size(),
                    waiting.stream().sorted().limit(5).collect(Collectors.joining(messages.chinese("common.listSeparator")))));
        }
        ResultTable table = results.live(period);
        long spreads = table.rows().stream().flatMap(r -> r.score().indicators().stream())
                .filter(DepartmentScore.IndicatorScore::unresolvedSpread).count();
        if (spreads > 0) {
            problems.add(Problem.of("assessment.problem.spreads", spreads));
        }
        long missing = table.rows().stream().flatMap(r -> r.score().indicators().stream())
                .filter(i -> i.basis() == DepartmentScore.Basis.MISSING).count();
        if (missing > 0 && waiting.isEmpty()) {
            problems.add(Problem.of("assessment.problem.missing", missing));
        }
        return problems;
    }

    /** Publishes the results to the departments; the objection window starts today. */
    @Transactional
    public void publish(long periodId, SignedInUser actor) {
        Period period = scoringByLeadForUpdate(periodId, actor);
        List<Problem> problems = publishProblems(periodId);
        if (!problems.isEmpty()) {
            throw new DomainException(problems.get(0).key(), problems.get(0).args().toArray());
        }
        LocalDate today = today();
        LocalDate due = calendar.plus(today, rules.objectionDays());
        results.freezeMeasures(period, now());
        steps.move(period, PeriodAction.PUBLISH, actor, messages.chinese("assessment.history.publish", due.toString()), p -> {
            p.setPublishedOn(today);
            p.setObjectionDue(due);
        }, period.getName() + " → " + due);
    }

    // --- the departments' answer ----------------------------------------------------------------------------------

    /** A department accepts its published result (确认无异议). */
    @Transactional
    public void accept(long periodId, SignedInUser handler) {
        Period period = inWindow(periodId, handler);
        long departmentId = handler.departmentId();
        PeriodDepartment row = scope.findByPeriodIdAndDepartmentId(periodId, departmentId).orElseThrow();
        if (row.acceptedAt() != null || objections.findByPeriodIdAndDepartmentId(periodId, departmentId).isPresent()) {
            throw new DomainException("assessment.objection.error.answered");
        }
        scope.update(row.accepted(now(), handler.displayName()));
        String department = departmentName(departmentId);
        steps.record(period, PeriodAction.ACCEPT, handler, departmentId, department, department);
    }

    /** A department's one objection to its published result, within the window. */
    @Transactional
    public long object(long periodId, @Nullable String text, SignedInUser handler) {
        Period period = inWindow(periodId, handler);
        long departmentId = handler.departmentId();
        PeriodDepartment row = scope.findByPeriodIdAndDepartmentId(periodId, departmentId).orElseThrow();
        if (row.acceptedAt() != null || objections.findByPeriodIdAndDepartmentId(periodId, departmentId).isPresent()) {
            throw new DomainException("assessment.objection.error.answered");
        }
        String body = text(text, "text", "assessment.objection.error.text", MAX_TEXT);
        Objection saved = objections.save(new Objection(null, periodId, departmentId, body, handler.displayName(), now(),
                null, null, null, null));
        String department = departmentName(departmentId);
        steps.record(period, PeriodAction.OBJECT, handler, departmentId,
                messages.chinese("assessment.history.object", department, body), department);
        return saved.id();
    }

    /** The lead inspector's answer to an objection: the result stands, or the objection is upheld. */
    @Transactional
    public void answer(long objectionId, @Nullable ObjectionOutcome outcome, @Nullable String text, SignedInUser actor) {
        Objection objection = objections.findById(objectionId)
                .orElseThrow(() -> new DomainException("assessment.period.error.missing"));
        Period period = byLead(objection.periodId(), actor);
        if (period.getState() != PeriodState.PUBLISHED || objection.answered()) {
            throw new DomainException("error.notNow");
        }
        if (outcome == null) {
            throw DomainException.on("outcome", "assessment.objection.error.outcome");
        }
        String body = text(text, "answer", "assessment.objection.error.answer", MAX_TEXT);
        objections.update(objection.answered(outcome, body, actor.displayName(), now()));
        String department = departmentName(objection.departmentId());
        steps.record(period, PeriodAction.ANSWER, actor, objection.departmentId(), messages.chinese(
                "assessment.history.answer", department, messages.chinese("assessment.objection.outcome." + outcome.name()),
                body), department + ": " + outcome);
    }

    // --- lock and corrections -----------------------------------------------------------------------------------

    /** What still stops the lead inspector from locking the published results; empty when they can be locked. */
    @Transactional(readOnly = true)
    public List<Problem> lockProblems(long periodId) {
        Period period = load(periodId);
        return lockProblems(period, period.getState() == PeriodState.PUBLISHED ? results.live(period) : null);
    }

    private List<Problem> lockProblems(Period period, @Nullable ResultTable live) {
        long periodId = period.getId();
        List<Problem> problems = new ArrayList<>();
        if (period.getState() != PeriodState.PUBLISHED) {
            problems.add(Problem.of("assessment.problem.notPublished"));
            return problems;
        }
        List<Objection> filed = objections.findByPeriodIdOrderByFiledAt(periodId);
        long unanswered = filed.stream().filter(o -> !o.answered()).count();
        if (unanswered > 0) {
            problems.add(Problem.of("assessment.problem.objectionsOpen", unanswered));
        }
        Set<Long> objected = filed.stream().map(Objection::departmentId).collect(Collectors.toSet());
        long silent = scope.findByPeriodId(periodId).stream()
                .filter(d -> d.acceptedAt() == null && !objected.contains(d.departmentId())).count();
        if (silent > 0 && !today().isAfter(period.getObjectionDue())) {
            problems.add(Problem.of("assessment.problem.window", silent, period.getObjectionDue().toString()));
        }
        if (live.open()) {
            problems.add(Problem.of("assessment.problem.open"));
        }
        return problems;
    }

    /** Freezes the results as revision 1. */
    @Transactional
    public void lock(long periodId, SignedInUser actor) {
        Period period = byLeadForUpdate(periodId, actor);
        ResultTable table = period.getState() == PeriodState.PUBLISHED ? results.live(period) : null;
        List<Problem> problems = lockProblems(period, table);
        if (!problems.isEmpty()) {
            throw new DomainException(problems.get(0).key(), problems.get(0).args().toArray());
        }
        Instant now = now();
        results.write(new ResultRevision(null, periodId, 1, messages.chinese("assessment.revision.lock"), null, null,
                null, null, actor.displayName(), now), table);
        steps.move(period, PeriodAction.LOCK, actor, "", p -> {
            p.setLockedAt(now);
            p.setRevision(1);
        }, period.getName());
    }

    /**
     * Corrects one indicator of one department in a locked period, in points: the next revision copies the one in
     * force with that value changed, adds it up again and ranks every department again. Returns the revision number.
     */
    @Transactional
    public int correct(long periodId, long departmentId, long indicatorId, @Nullable BigDecimal points,
                       @Nullable String reason, SignedInUser actor) {
        Period period = byLeadForUpdate(periodId, actor);
        if (period.getState() != PeriodState.LOCKED) {
            throw new DomainException("assessment.period.error.notLocked");
        }
        Indicator indicator = indicatorOf(period, indicatorId);
        String why = text(reason, "reason", "assessment.period.error.reason", MAX_REASON);
        ResultTable current = results.locked(period, period.getRevision());
        ResultTable.Row row = current.row(departmentId)
                .orElseThrow(() -> DomainException.on("departmentId", "assessment.period.error.notInScope"));
        BigDecimal max = indicator.kind() == IndicatorKind.VETO ? BigDecimal.ONE : indicator.maxPoints();
        if (points == null || points.signum() < 0 || points.compareTo(max) > 0 || points.stripTrailingZeros().scale() > 2
                || (indicator.kind() == IndicatorKind.VETO && points.signum() != 0 && points.compareTo(BigDecimal.ONE) != 0)) {
            throw DomainException.on("value", "assessment.period.error.points", max.stripTrailingZeros().toPlainString());
        }
        DepartmentScore.IndicatorScore old = row.score().indicators().stream()
                .filter(i -> i.indicatorId() == indicatorId).findFirst().orElseThrow();
        if (old.value() != null && BigDecimal.valueOf(old.value()).compareTo(points) == 0) {
            throw DomainException.on("value", "assessment.period.error.unchanged");
        }
        List<DepartmentScore> scores = new ArrayList<>();
        Scorer scorer = new Scorer(period.rules());
        for (ResultTable.Row r : current.rows()) {
            if (r.departmentId() != departmentId) {
                scores.add(r.score());
                continue;
            }
            List<DepartmentScore.IndicatorScore> changed = r.score().indicators().stream()
                    .map(i -> i.indicatorId() == indicatorId ? i.corrected(points.doubleValue()) : i).toList();
            scores.add(scorer.aggregate(current.tree().scheme(), departmentId, changed));
        }
        ResultTable next = results.table(period, current.tree(), period.getRevision() + 1, scores, period.rules());
        int revisionNo = period.getRevision() + 1;
        results.write(new ResultRevision(null, periodId, revisionNo, why, departmentId, indicatorId,
                old.value() == null ? null : PeriodResults.decimal(old.value()), points, actor.displayName(), now()), next);
        String department = departmentName(departmentId);
        String was = old.value() == null ? "-" : PeriodResults.decimal(old.value()).stripTrailingZeros().toPlainString();
        String now = points.stripTrailingZeros().toPlainString();
        steps.move(period, PeriodAction.CORRECT, actor, messages.chinese("assessment.history.correct", revisionNo,
                        department, indicator.name(), was, now, why),
                p -> p.setRevision(revisionNo), period.getName() + " #" + revisionNo + " " + department + " / "
                        + indicator.name() + ": " + (old.value() == null ? "-" : old.value()) + " → " + now + " (" + why + ")");
        return revisionNo;
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    Period load(long periodId) {
        return periods.findById(periodId).orElseThrow(() -> new DomainException("assessment.period.error.missing"));
    }

    /**
     * Loads the period and locks its row until the transaction ends, so that what changes the sheets or the state
     * (writing or taking back a sheet, assigning, ruling, publishing, locking) is done one after the other. Called
     * before anything else is read: under MariaDB's REPEATABLE READ the transaction's snapshot is taken at its first
     * plain read, so everything read after the lock is at least as new as it.
     */
    Period loadForUpdate(long periodId) {
        return periods.findByIdForUpdate(periodId).orElseThrow(() -> new DomainException("assessment.period.error.missing"));
    }

    private Period byLead(long periodId, SignedInUser actor) {
        requireInspector(actor);
        return requireLead(load(periodId), actor);
    }

    private Period byLeadForUpdate(long periodId, SignedInUser actor) {
        requireInspector(actor);
        return requireLead(loadForUpdate(periodId), actor);
    }

    private static Period requireLead(Period period, SignedInUser actor) {
        if (!period.isLead(actor.id())) {
            throw new DomainException("assessment.period.error.leadOnly");
        }
        return period;
    }

    private Period scoringByLeadForUpdate(long periodId, SignedInUser actor) {
        Period period = byLeadForUpdate(periodId, actor);
        if (period.getState() != PeriodState.SCORING) {
            throw new DomainException("assessment.period.error.notScoring");
        }
        return period;
    }

    /** The handler's department is assessed in the period, the result is published and the window still open. */
    private Period inWindow(long periodId, SignedInUser handler) {
        if (handler == null || !handler.is(Role.HANDLER) || handler.departmentId() == null) {
            throw new DomainException("error.notAllowed");
        }
        Period period = load(periodId);
        if (scope.findByPeriodIdAndDepartmentId(periodId, handler.departmentId()).isEmpty()) {
            throw new DomainException("error.notAllowed");
        }
        if (period.getState() != PeriodState.PUBLISHED) {
            throw new DomainException("assessment.objection.error.notPublished");
        }
        if (today().isAfter(period.getObjectionDue())) {
            throw new DomainException("assessment.objection.error.late", period.getObjectionDue().toString());
        }
        return period;
    }

    private void requireInScope(long periodId, long departmentId) {
        if (scope.findByPeriodIdAndDepartmentId(periodId, departmentId).isEmpty()) {
            throw DomainException.on("departmentId", "assessment.period.error.notInScope");
        }
    }

    private Indicator indicatorOf(Period period, long indicatorId) {
        return systems.treeOf(period.getSystemId()).categories().stream().flatMap(b -> b.indicators().stream())
                .filter(i -> i.id() == indicatorId).findFirst()
                .orElseThrow(() -> DomainException.on("indicatorId", "assessment.error.missing"));
    }

    @Nullable
    private User inspector(long userId) {
        return users.findById(userId).filter(u -> u.getRole() == Role.INSPECTOR && u.isEnabled()).orElse(null);
    }

    private String userName(long userId) {
        return users.findById(userId).map(User::getDisplayName).orElse("#" + userId);
    }

    private String names(Set<Long> userIds) {
        return userIds == null ? "" : userIds.stream().map(this::userName).sorted().collect(Collectors.joining(messages.chinese("common.listSeparator")));
    }

    private String departmentName(long departmentId) {
        return departments.findById(departmentId).map(Department::getName).orElse("#" + departmentId);
    }

    private Map<Long, String> departmentNames() {
        return departments.findAll(io.micronaut.data.model.Sort.UNSORTED).stream()
                .collect(Collectors.toMap(Department::getId, Department::getName, (a, b) -> a));
    }

    static void requireInspector(SignedInUser actor) {
        if (actor == null || !actor.is(Role.INSPECTOR)) {
            throw new DomainException("error.notAllowed");
        }
    }

    static String text(@Nullable String text, String field, String key, int max) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            throw DomainException.on(field, key, max);
        }
        return stripped;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
