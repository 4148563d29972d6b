package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Messages;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.By;
import org.sunshine.workflow.History;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The annual assessment (年度考核) of a year, from creation to its locked revisions (the rules are in
 * docs/architecture.md, "Annual assessment"; the steps in {@link AnnualWorkflow}):
 * <ol>
 *   <li>an inspector creates it (DRAFT) with every period of the year locked by then, each weighted by its kind;</li>
 *   <li>while a draft, inspectors add the periods locked since and change the weights, and the results are computed
 *   whenever they are read ({@link AnnualQueries});</li>
 *   <li>an inspector locks it: revision 1; a later re-lock (after a period's correction, a bulletin revoked …) needs a
 *   reason and writes the next revision, and only if the results have changed. No revision is ever changed.</li>
 * </ol>
 * Every step checks the role, the state and the input before writing anything, and is kept in the annual
 * assessment's history and in the audit log.
 */
@Singleton
public class AnnualService {

    static final int MAX_REASON = 1000;
    static final String TARGET = "annual_assessment";
    private static final BigDecimal MAX_WEIGHT = new BigDecimal("100");

    private final AnnualAssessmentRepository annuals;
    private final AnnualPeriodRepository included;
    private final AnnualResults figures;
    private final AnnualRules annualRules;
    private final ScoringRules scoringRules;
    private final Messages messages;
    private final AuditLog audit;
    private final History history;

    AnnualService(AnnualAssessmentRepository annuals, AnnualPeriodRepository included, AnnualResults figures,
                  AnnualRules annualRules, ScoringRules scoringRules, Messages messages, AuditLog audit,
                  History history) {
        this.annuals = annuals;
        this.included = included;
        this.figures = figures;
        this.annualRules = annualRules;
        this.scoringRules = scoringRules;
        this.messages = messages;
        this.audit = audit;
        this.history = history;
    }

    /**
     * Creates the year's annual assessment with the rules in force and every period of the year (by its first day)
     * locked by now, each with the default weight of its kind; returns its id.
     */
    @Transactional
    public long create(int year, SignedInUser actor) {
        Periods.requireInspector(actor);
        if (year < 2000 || year > 2100) {
            throw DomainException.on("year", "assessment.annual.error.year");
        }
        if (annuals.findByYearNo(year).isPresent()) {
            throw DomainException.on("year", "assessment.annual.error.exists", String.valueOf(year));
        }
        List<Period> locked = figures.lockedPeriodsOf(year);
        if (locked.isEmpty()) {
            throw DomainException.on("year", "assessment.annual.error.noPeriods", String.valueOf(year));
        }
        AnnualAssessment annual = new AnnualAssessment();
        annual.setYearNo(year);
        annual.setState(AnnualState.DRAFT);
        annual.adopt(annualRules, scoringRules);
        annual.setCreatedByName(actor.displayName());
        long id = annuals.save(annual).getId();
        included.saveAll(locked.stream().map(p -> new AnnualPeriod(null, id, p.getId(), annualRules.weight(p.getKind())))
                .toList());
        String weighting = figures.weighting(included.findByAnnualId(id));
        history.record(AnnualWorkflow.TABLE, id, AnnualAction.CREATE, null, AnnualState.DRAFT, by(actor), null, weighting);
        audit.record(actor, AuditAction.ANNUAL_CREATED, TARGET, id, name(year) + ": " + weighting, null);
        return id;
    }

    /** Adds the periods of the year locked since (with the default weight of their kind); returns how many. */
    @Transactional
    public int refreshPeriods(long id, SignedInUser actor) {
        Periods.requireInspector(actor);
        AnnualAssessment annual = draft(id);
        List<Period> missing = figures.notIncluded(annual);
        if (missing.isEmpty()) {
            return 0;
        }
        List<AnnualPeriod> added = missing.stream()
                .map(p -> new AnnualPeriod(null, id, p.getId(), annualRules.weight(p.getKind()))).toList();
        included.saveAll(added);
        move(annual, AnnualAction.INCLUDE, actor, figures.weighting(added));
        return missing.size();
    }

    /** Sets the weight of an included period: more than 0, at most 100, two decimals at most. */
    @Transactional
    public void setWeight(long id, long periodId, @Nullable BigDecimal weight, SignedInUser actor) {
        Periods.requireInspector(actor);
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
                figures.periodName(periodId), row.weight().stripTrailingZeros().toPlainString(),
                weighed.stripTrailingZeros().toPlainString()));
    }

    /**
     * Locks the results computed now as the next revision. The first lock's reason may be left empty (a standard
     * text is written); a re-lock needs one, and is refused when nothing has changed since the latest revision.
     * Returns the revision number.
     */
    @Transactional
    public int lock(long id, @Nullable String reason, SignedInUser actor) {
        Periods.requireInspector(actor);
        AnnualAssessment annual = annuals.findByIdForUpdate(id)
                .orElseThrow(() -> new DomainException("assessment.annual.error.missing"));
        boolean first = annual.getState() == AnnualState.DRAFT;
        String why = first && (reason == null || reason.isBlank()) ? messages.chinese("assessment.annual.revision.lock")
                : Periods.text(reason, "reason", "assessment.annual.error.reason", MAX_REASON);
        List<AnnualRow> rows = figures.live(annual);
        if (rows.isEmpty()) {
            throw new DomainException("assessment.annual.error.empty");
        }
        if (!first && AnnualResults.same(rows, figures.locked(annual.getId(), annual.getRevision()))) {
            throw new DomainException("assessment.annual.error.unchanged", annual.getRevision());
        }
        int revisionNo = annual.getRevision() + 1;
        figures.write(id, revisionNo, why, actor.displayName(), rows);
        history.move(AnnualWorkflow.TABLE, annual, first ? AnnualAction.LOCK : AnnualAction.RELOCK, by(actor), why,
                a -> a.setRevision(revisionNo), annuals::update);
        audit.record(actor, AuditAction.ANNUAL_LOCKED, TARGET, id, name(annual.getYearNo()) + " #" + revisionNo
                + " (" + figures.weighting(included.findByAnnualId(id)) + "): " + why, null);
        return revisionNo;
    }

    /** A step that keeps the draft a draft (its periods, its weights): checked by the table, and recorded. */
    private void move(AnnualAssessment annual, AnnualAction action, SignedInUser actor, String note) {
        history.move(AnnualWorkflow.TABLE, annual, action, by(actor), note, a -> { }, annuals::update);
    }

    private AnnualAssessment draft(long id) {
        AnnualAssessment annual = annuals.findById(id)
                .orElseThrow(() -> new DomainException("assessment.annual.error.missing"));
        if (annual.getState() != AnnualState.DRAFT) {
            throw new DomainException("assessment.annual.error.locked");
        }
        return annual;
    }

    private String name(int year) {
        return messages.chinese("assessment.annual.name", String.valueOf(year));
    }

    private static By by(SignedInUser actor) {
        return By.as(Actor.INSPECTOR, actor);
    }
}
