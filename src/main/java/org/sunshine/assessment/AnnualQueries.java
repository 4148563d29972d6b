package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.History;
import org.sunshine.workflow.Step;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reading annual assessments: inspectors and leaders read everything; a department's handler reads its own row of a
 * locked annual assessment.
 */
@Singleton
public class AnnualQueries {

    private final AnnualAssessmentRepository annuals;
    private final AnnualPeriodRepository included;
    private final AnnualRevisionRepository revisions;
    private final PeriodRepository periods;
    private final AnnualResults figures;
    private final AnnualRules annualRules;
    private final History history;

    AnnualQueries(AnnualAssessmentRepository annuals, AnnualPeriodRepository included,
                  AnnualRevisionRepository revisions, PeriodRepository periods, AnnualResults figures,
                  AnnualRules annualRules, History history) {
        this.annuals = annuals;
        this.included = included;
        this.revisions = revisions;
        this.periods = periods;
        this.figures = figures;
        this.annualRules = annualRules;
        this.history = history;
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
     * @param history            its steps, for inspectors and leaders
     */
    public record Detail(long id, int year, AnnualState state, int revision, Rules rules, List<PeriodLine> periods,
                         int shownRevision, List<AnnualRow> rows, List<AnnualRevision> revisions, int periodsNotIncluded,
                         boolean changedSinceLock, boolean mayEdit, boolean mayLock,
                         List<Step<AnnualState, AnnualAction>> history) {
    }

    /** The default weights and points a new annual assessment takes (for the screen's explanation). */
    public AnnualRules defaults() {
        return annualRules;
    }

    /** The annual assessments, newest year first; a department's handler sees the locked ones only. */
    @Transactional(readOnly = true)
    public List<Summary> list(SignedInUser viewer) {
        boolean staff = PeriodQueries.staff(viewer);
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
        AnnualAssessment annual = annuals.findById(id)
                .orElseThrow(() -> new DomainException("assessment.annual.error.missing"));
        boolean staff = PeriodQueries.staff(viewer);
        Long own = ownDepartment(viewer);
        boolean locked = annual.getState() == AnnualState.LOCKED;
        if (!staff && !(own != null && locked)) {
            throw new DomainException("error.notAllowed");
        }
        if (revisionNo < 0 || revisionNo > annual.getRevision()) {
            throw new DomainException("assessment.annual.error.noRevision", revisionNo);
        }
        int shown = revisionNo > 0 ? revisionNo : annual.getRevision();
        List<AnnualRow> rows = shown > 0 ? figures.locked(id, shown) : figures.live(annual);
        boolean changed = staff && locked && !AnnualResults.same(figures.live(annual),
                shown == annual.getRevision() ? rows : figures.locked(id, annual.getRevision()));
        if (!staff) {
            rows = rows.stream().filter(r -> r.departmentId() == own).toList();
        }
        int notIncluded = staff && !locked ? figures.notIncluded(annual).size() : 0;
        boolean inspector = viewer.is(Role.INSPECTOR);
        return new Detail(id, annual.getYearNo(), annual.getState(), annual.getRevision(), rules(annual),
                periodLines(id), shown, rows, revisions.findByAnnualIdOrderByRevisionNo(id), notIncluded, changed,
                inspector && !locked, inspector, staff ? history.of(AnnualWorkflow.TABLE, id) : List.of());
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

    private static Rules rules(AnnualAssessment a) {
        return new Rules(a.getCommendationPoints(), a.getCriticismPoints(), a.getExcellentFrom(), a.getGoodFrom(),
                a.getPassFrom(), a.getExcellentQuotaPercent());
    }

    @Nullable
    private static Long ownDepartment(SignedInUser viewer) {
        return viewer != null && viewer.is(Role.HANDLER) ? viewer.departmentId() : null;
    }
}
