package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Messages;
import org.sunshine.directory.DirectoryNames;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.By;
import org.sunshine.workflow.History;
import org.sunshine.workflow.Step;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The annual assessment (年度考核) of a year, from creation to its locked revisions (the rules are in
 * docs/architecture.md, "Annual assessment"):
 * <ol>
 *   <li>an inspector creates it (DRAFT) with every period of the year locked by then, each weighted by its kind;</li>
 *   <li>while a draft, inspectors add the periods locked since and change the weights, and the results are computed
 *   whenever they are read ({@link AnnualRollUp});</li>
 *   <li>an inspector locks it: revision 1; a later re-lock (after a period's correction, a bulletin revoked …) needs a
 *   reason and writes the next revision, and only if the results have changed. No revision is ever changed.</li>
 * </ol>
 * Inspectors write; inspectors and leaders read everything; a department's handler reads its own row of a locked
 * annual assessment. Every step checks the role, the state and the input before writing anything.
 */
@Singleton
public class AnnualService {

    static final int MAX_REASON = 1000;
    private static final BigDecimal MAX_WEIGHT = new BigDecimal("100");

    private final AnnualAssessmentRepository annuals;
    private final AnnualPeriodRepository included;
    private final AnnualRevisionRepository revisions;
    private final AnnualResultRepository results;
    private final PeriodRepository periods;
    private final ResultRepository periodResults;
    private final List<BulletinEffects> bulletins;
    private final AnnualRules annualRules;
    private final ScoringRules scoringRules;
    private final DirectoryNames names;
    private final Messages messages;
    private final AuditLog audit;
    private final History history;
    private final Clock clock;

    AnnualService(AnnualAssessmentRepository annuals, AnnualPeriodRepository included, AnnualRevisionRepository revisions,
                  AnnualResultRepository results, PeriodRepository periods, ResultRepository periodResults,
                  List<BulletinEffects> bulletins, AnnualRules annualRules, ScoringRules scoringRules,
                  DirectoryNames names, Messages messages, AuditLog audit, History history, Clock clock) {
        this.annuals = annuals;
        this.included = included;
        this.revisions = revisions;
        this.results = results;
        this.periods = periods;
        this.periodResults = periodResults;
        this.bulletins = List.copyOf(bulletins);
        this.annualRules = annualRules;
        this.scoringRules = scoringRules;
        this.names = names;
        this.messages = messages;
        this.audit = audit;
        this.history = history;
        this.clock = clock;
    }

    /** An annual assessment in the list. */
    public record Summary(long id, int year, AnnualState state, int revision, int periods) {
    }

    /** An included period, with its weight. */
    public record PeriodLine(long periodId, String name, PeriodKind kind, LocalDate startsOn, LocalDate endsOn,
                             BigDecimal weight) {
    }

    /** The rules the annual assessment was created with. */
    public record Rules(BigDecimal commendationPoints, BigDecimal criticismPoints, BigDecimal excellentFrom,
                        BigDecimal goodFrom, BigDecimal passFrom, @Nullable Integer excellentQuotaPercent) {
    }

    /**
     * An annual assessment as the viewer may see it.
     *
     * @param shownRevision      the locked revision {@code rows} come from; 0 for the results computed now (a draft)
     * @param rows               best first; a department's handler gets only its own row
     * @param periodsNotIncluded periods of the year locked since they were last added (inspectors and leaders of a
     *                           draft only)
     * @param changedSinceLock   locked, and the results computed now differ from the latest revision (a period was
     *                           corrected, a bulletin issued or revoked): it may be re-locked (inspectors and leaders)
     * @param mayEdit            the viewer may add periods and change weights
     * @param mayLock            the viewer may lock (or re-lock)
     */
    public record Detail(long id, int year, AnnualState state, int revision, Rules rules, List<PeriodLine> periods,
                         int shownRevision, List<AnnualRow> rows, List<AnnualRevision> revisions, int periodsNotIncluded,
                         boolean changedSinceLock, boolean mayEdit, boolean mayLock,
                         List<Step<AnnualState, AnnualAction>> history) {
    }

    // --- writing ------------------------------------------------------------------------------------------------

    /**
     * Creates the year's annual assessment with the rules in force and every period of the year (by its first day)
     * locked by now, each with the default weight of its kind; returns its id.
     */
    @Transactional
    public long create(int year, SignedInUser actor) {
        PeriodService.requireInspector(actor);
        if (year < 2000 || year > 2100) {
            throw DomainException.on("year", "assessment.annual.error.year");
        }
        if (annuals.findByYearNo(year).isPresent()) {
            throw DomainException.on("year", "assessment.annual.error.exists", String.valueOf(year));
        }
        List<Period> locked = lockedPeriodsOf(year);
        if (locked.isEmpty()) {
            throw DomainException.on("year", "assessment.annual.error.noPeriods", String.valueOf(year));
        }
        AnnualAssessment annual = new AnnualAssessment();
        annual.setYearNo(year);
        annual.setState(AnnualState.DRAFT);
        annual.adopt(annualRules, scoringRules);
        annual.setCreatedByName(actor.displayName());
        annual = annuals.save(annual);
        long id = annual.getId();
        included.saveAll(locked.stream().map(p -> new AnnualPeriod(null, id, p.getId(), annualRules.weight(p.getKind())))
                .toList());
        String weighting = weighting(included.findByAnnualId(id));
        history.record(AnnualWorkflow.TABLE, id, AnnualAction.CREATE, null, AnnualState.DRAFT, by(actor), null, weighting);
        audit.record(actor, AuditAction.ANNUAL_CREATED, "annual_assessment", id, name(year) + ": " + weighting, null);
        return id;
    }

    /** Adds the periods of the year locked since (with the default weight of their kind); returns how many. */
    @Transactional
    public int refreshPeriods(long id, SignedInUser actor) {
        PeriodService.requireInspector(actor);
        AnnualAssessment annual = draft(id);
        List<Period> missing = notIncluded(annual);
        if (missing.isEmpty()) {
            return 0;
        }
        List<AnnualPeriod> added = missing.stream()
                .map(p -> new AnnualPeriod(null, id, p.getId(), annualRules.weight(p.getKind()))).toList();
        included.saveAll(added);
        move(annual, AnnualAction.INCLUDE, actor, weighting(added));
        return missing.size();
    }

    /** Sets the weight of an included period: more than 0, at most 100, two decimals at most. */
    @Transactional
    public void setWeight(long id, long periodId, @Nullable BigDecimal weight, SignedInUser actor) {
        PeriodService.requireInspector(actor);
        AnnualAssessment annual = draft(id);
        AnnualPeriod row = included.findByAnnualIdAndPeriodId(id, periodId)
                .orElseThrow(() -> new DomainException("assessment.annual.error.periodMissing"));
        if (weight == null || weight.signum() <= 0 || weight.compareTo(MAX_WEIGHT) > 0
                || weight.stripTrailingZeros().scale() > 2) {
            throw DomainException.on("weight", "assessment.annual.error.weight");
        }
        BigDecimal weighed = weight.setScale(2, RoundingMode.UNNECESSARY);
        included.update(row.weighing(weighed));
        move(annual, AnnualAction.WEIGH, actor, messages.chinese("assessment.annual.history.weigh",
                periods.findById(periodId).map(Period::getName).orElse("#" + periodId),
                row.weight().stripTrailingZeros().toPlainString(), weighed.stripTrailingZeros().toPlainString()));
    }

    /**
     * Locks the results computed now as the next revision. The first lock's reason may be left empty (a standard
     * text is written); a re-lock needs one, and is refused when nothing has changed since the latest revision.
     * Returns the revision number.
     */
    @Transactional
    public int lock(long id, @Nullable String reason, SignedInUser actor) {
        PeriodService.requireInspector(actor);
        load(id);
        AnnualAssessment annual = annuals.findByIdForUpdate(id).orElseThrow();
        boolean first = annual.getState() == AnnualState.DRAFT;
        String why = first && (reason == null || reason.isBlank()) ? messages.chinese("assessment.annual.revision.lock")
                : PeriodService.text(reason, "reason", "assessment.annual.error.reason", MAX_REASON);
        List<AnnualRow> rows = live(annual);
        if (rows.isEmpty()) {
            throw new DomainException("assessment.annual.error.empty");
        }
        if (!first && same(rows, locked(annual.getId(), annual.getRevision()))) {
            throw new DomainException("assessment.annual.error.unchanged", annual.getRevision());
        }
        int revisionNo = annual.getRevision() + 1;
        AnnualRevision revision = revisions.save(new AnnualRevision(null, id, revisionNo, why, actor.displayName(), now()));
        results.saveAll(rows.stream().map(r -> new AnnualResult(null, revision.id(), r.departmentId(), r.periods(),
                r.base(), r.commendations(), r.criticisms(), r.effect(), r.total(), r.rank(), r.grade(), r.vetoed()))
                .toList());
        history.move(AnnualWorkflow.TABLE, annual, first ? AnnualAction.LOCK : AnnualAction.RELOCK, by(actor), why,
                a -> a.setRevision(revisionNo), annuals::update);
        audit.record(actor, AuditAction.ANNUAL_LOCKED, "annual_assessment", id, name(annual.getYearNo()) + " #" + revisionNo
                + " (" + weighting(included.findByAnnualId(id)) + "): " + why, null);
        return revisionNo;
    }

    // --- reading ------------------------------------------------------------------------------------------------

    /** The default weights and points a new annual assessment takes (for the screen's explanation). */
    public AnnualRules defaults() {
        return annualRules;
    }

    /** The annual assessments, newest year first; a department's handler sees the locked ones only. */
    @Transactional(readOnly = true)
    public List<Summary> list(SignedInUser viewer) {
        boolean staff = staff(viewer);
        if (!staff && ownDepartment(viewer) == null) {
            throw new DomainException("error.notAllowed");
        }
        return annuals.findAllOrderByYearNoDesc().stream()
                .filter(a -> staff || a.getState() == AnnualState.LOCKED)
                .map(a -> new Summary(a.getId(), a.getYearNo(), a.getState(), a.getRevision(),
                        included.findByAnnualId(a.getId()).size()))
                .toList();
    }

    /**
     * One annual assessment with its periods, its results and its revisions: the results of {@code revisionNo} if it
     * is above 0, else those in force (the latest revision once locked, computed now while a draft).
     */
    @Transactional(readOnly = true)
    public Detail detail(long id, int revisionNo, SignedInUser viewer) {
        AnnualAssessment annual = load(id);
        boolean staff = staff(viewer);
        Long own = ownDepartment(viewer);
        boolean locked = annual.getState() == AnnualState.LOCKED;
        if (!staff && !(own != null && locked)) {
            throw new DomainException("error.notAllowed");
        }
        if (revisionNo < 0 || revisionNo > annual.getRevision()) {
            throw new DomainException("assessment.annual.error.noRevision", revisionNo);
        }
        int shown = revisionNo > 0 ? revisionNo : annual.getRevision();
        List<AnnualRow> rows = shown > 0 ? locked(id, shown) : live(annual);
        boolean changed = staff && locked && !same(live(annual), shown == annual.getRevision() ? rows
                : locked(id, annual.getRevision()));
        if (!staff) {
            rows = rows.stream().filter(r -> r.departmentId() == own).toList();
        }
        int notIncluded = staff && !locked ? notIncluded(annual).size() : 0;
        boolean inspector = viewer.is(Role.INSPECTOR);
        return new Detail(id, annual.getYearNo(), annual.getState(), annual.getRevision(), rules(annual),
                periodLines(id), shown, rows, revisions.findByAnnualIdOrderByRevisionNo(id), notIncluded, changed,
                inspector && !locked, inspector, staff ? history.of(AnnualWorkflow.TABLE, id) : List.of());
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** The results computed now from the included periods' locked results and the year's bulletins. */
    private List<AnnualRow> live(AnnualAssessment annual) {
        Map<Long, BigDecimal> weights = included.findByAnnualId(annual.getId()).stream()
                .collect(Collectors.toMap(AnnualPeriod::periodId, AnnualPeriod::weight));
        if (weights.isEmpty()) {
            return List.of();
        }
        DirectoryNames.Names directory = names.read();
        return AnnualRollUp.rank(weights, periodResults.current(weights.keySet()), counts(annual.getYearNo()), annual,
                directory::department);
    }

    private List<AnnualRow> locked(long annualId, int revisionNo) {
        AnnualRevision revision = revisions.findByAnnualIdOrderByRevisionNo(annualId).stream()
                .filter(r -> r.revisionNo() == revisionNo).findFirst()
                .orElseThrow(() -> new DomainException("assessment.annual.error.noRevision", revisionNo));
        DirectoryNames.Names directory = names.read();
        return results.ranked(revision.id()).stream()
                .map(r -> new AnnualRow(r.departmentId(), directory.department(r.departmentId()), r.periods(), r.base(),
                        r.commendations(), r.criticisms(), r.effect(), r.total(), r.rankNo(), r.grade(), r.vetoed()))
                .toList();
    }

    /** Every bulletin source's commendations and criticisms of the year, added up by department. */
    private Map<Long, BulletinEffects.Counts> counts(int year) {
        Map<Long, BulletinEffects.Counts> sum = new HashMap<>();
        for (BulletinEffects source : bulletins) {
            source.counts(year).forEach((department, c) -> sum.merge(department, c, (a, b) ->
                    new BulletinEffects.Counts(a.commendations() + b.commendations(), a.criticisms() + b.criticisms())));
        }
        return sum;
    }

    private static boolean same(List<AnnualRow> a, List<AnnualRow> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).sameResultAs(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The periods whose first day is in the year and whose results are locked, in the order of their dates. */
    private List<Period> lockedPeriodsOf(int year) {
        return periods.findByStateOrderByEndsOnAsc(PeriodState.LOCKED).stream()
                .filter(p -> p.getStartsOn().getYear() == year)
                .sorted(Comparator.comparing(Period::getStartsOn).thenComparing(Period::getEndsOn))
                .toList();
    }

    private List<Period> notIncluded(AnnualAssessment annual) {
        Set<Long> in = included.findByAnnualId(annual.getId()).stream().map(AnnualPeriod::periodId)
                .collect(Collectors.toSet());
        return lockedPeriodsOf(annual.getYearNo()).stream().filter(p -> !in.contains(p.getId())).toList();
    }

    private List<PeriodLine> periodLines(long annualId) {
        List<PeriodLine> lines = new ArrayList<>();
        for (AnnualPeriod row : included.findByAnnualId(annualId)) {
            Period p = periods.findById(row.periodId()).orElseThrow();
            lines.add(new PeriodLine(p.getId(), p.getName(), p.getKind(), p.getStartsOn(), p.getEndsOn(), row.weight()));
        }
        lines.sort(Comparator.comparing(PeriodLine::startsOn).thenComparing(PeriodLine::endsOn));
        return lines;
    }

    /** 2025年第一季度×3、2025年第二季度×1.5, for the audit log. */
    private String weighting(List<AnnualPeriod> rows) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (AnnualPeriod row : rows) {
            byName.put(periods.findById(row.periodId()).map(Period::getName).orElse("#" + row.periodId()),
                    row.weight().stripTrailingZeros().toPlainString());
        }
        return byName.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
                .collect(Collectors.joining(messages.chinese("common.listSeparator")));
    }

    private static Rules rules(AnnualAssessment a) {
        return new Rules(a.getCommendationPoints(), a.getCriticismPoints(), a.getExcellentFrom(), a.getGoodFrom(),
                a.getPassFrom(), a.getExcellentQuotaPercent());
    }

    private String name(int year) {
        return messages.chinese("assessment.annual.name", String.valueOf(year));
    }

    private AnnualAssessment load(long id) {
        return annuals.findById(id).orElseThrow(() -> new DomainException("assessment.annual.error.missing"));
    }

    private AnnualAssessment draft(long id) {
        AnnualAssessment annual = load(id);
        if (annual.getState() != AnnualState.DRAFT) {
            throw new DomainException("assessment.annual.error.locked");
        }
        return annual;
    }

    /** A step that keeps the draft a draft (its periods, its weights): checked by the table, and recorded. */
    private void move(AnnualAssessment annual, AnnualAction action, SignedInUser actor, String note) {
        history.move(AnnualWorkflow.TABLE, annual, action, by(actor), note, a -> { }, annuals::update);
    }

    private static By by(SignedInUser actor) {
        return By.as(Actor.INSPECTOR, actor);
    }

    private static boolean staff(SignedInUser viewer) {
        return viewer != null && (viewer.is(Role.INSPECTOR) || viewer.is(Role.LEADER));
    }

    @Nullable
    private static Long ownDepartment(SignedInUser viewer) {
        return viewer != null && viewer.is(Role.HANDLER) ? viewer.departmentId() : null;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
