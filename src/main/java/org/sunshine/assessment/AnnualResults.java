package org.sunshine.assessment;

import jakarta.inject.Singleton;
import org.sunshine.base.i18n.Messages;
import org.sunshine.directory.DirectoryNames;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An annual assessment's figures: the periods of its year, its results computed now ({@link AnnualRollUp}) or as
 * locked in a revision, and the writing of a revision.
 */
@Singleton
class AnnualResults {

    private final AnnualPeriodRepository included;
    private final AnnualRevisionRepository revisions;
    private final AnnualResultRepository results;
    private final PeriodRepository periods;
    private final PeriodResults periodResults;
    private final List<BulletinEffects> bulletins;
    private final DirectoryNames names;
    private final Messages messages;

    AnnualResults(AnnualPeriodRepository included, AnnualRevisionRepository revisions, AnnualResultRepository results,
                  PeriodRepository periods, PeriodResults periodResults, List<BulletinEffects> bulletins,
                  DirectoryNames names, Messages messages) {
        this.included = included;
        this.revisions = revisions;
        this.results = results;
        this.periods = periods;
        this.periodResults = periodResults;
        this.bulletins = List.copyOf(bulletins);
        this.names = names;
        this.messages = messages;
    }

    /** The results computed now from the included periods' locked results and the year's bulletins. */
    List<AnnualRow> live(AnnualAssessment annual) {
        Map<Long, BigDecimal> weights = included.findByAnnualId(annual.getId()).stream()
                .collect(Collectors.toMap(AnnualPeriod::periodId, AnnualPeriod::weight));
        if (weights.isEmpty()) {
            return List.of();
        }
        DirectoryNames.Names directory = names.read();
        return AnnualRollUp.rank(weights, periodResults.lockedTotals(weights.keySet()), counts(annual.getYearNo()),
                annual, directory::department);
    }

    /** The results as locked in a revision. */
    List<AnnualRow> locked(long annualId, int revisionNo) {
        AnnualRevision revision = revisions.findByAnnualIdOrderByRevisionNo(annualId).stream()
                .filter(r -> r.revisionNo() == revisionNo).findFirst()
                .orElseThrow(() -> new org.sunshine.base.DomainException("assessment.annual.error.noRevision", revisionNo));
        DirectoryNames.Names directory = names.read();
        return results.ranked(revision.id()).stream()
                .map(r -> new AnnualRow(r.departmentId(), directory.department(r.departmentId()), r.periods(), r.base(),
                        r.commendations(), r.criticisms(), r.effect(), r.total(), r.rankNo(), r.grade(), r.vetoed()))
                .toList();
    }

    /** Writes the rows as the next revision, with its reason. */
    void write(long annualId, int revisionNo, String reason, String byName, List<AnnualRow> rows) {
        AnnualRevision revision = revisions.save(new AnnualRevision(null, annualId, revisionNo, reason, byName, null));
        results.saveAll(rows.stream().map(r -> new AnnualResult(null, revision.id(), r.departmentId(), r.periods(),
                r.base(), r.commendations(), r.criticisms(), r.effect(), r.total(), r.rank(), r.grade(), r.vetoed()))
                .toList());
    }

    static boolean same(List<AnnualRow> a, List<AnnualRow> b) {
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
    List<Period> lockedPeriodsOf(int year) {
        return periods.findByStateOrderByEndsOnAsc(PeriodState.LOCKED).stream()
                .filter(p -> p.getStartsOn().getYear() == year)
                .sorted(Comparator.comparing(Period::getStartsOn).thenComparing(Period::getEndsOn))
                .toList();
    }

    /** The periods of the year locked since they were last added. */
    List<Period> notIncluded(AnnualAssessment annual) {
        Set<Long> in = included.findByAnnualId(annual.getId()).stream().map(AnnualPeriod::periodId)
                .collect(Collectors.toSet());
        return lockedPeriodsOf(annual.getYearNo()).stream().filter(p -> !in.contains(p.getId())).toList();
    }

    /** 2025年第一季度×3、2025年第二季度×1.5, for the history and the audit log. */
    String weighting(List<AnnualPeriod> rows) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (AnnualPeriod row : rows) {
            byName.put(periodName(row.periodId()), row.weight().stripTrailingZeros().toPlainString());
        }
        return byName.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
                .collect(Collectors.joining(messages.chinese("common.listSeparator")));
    }

    String periodName(long periodId) {
        return periods.findById(periodId).map(Period::getName).orElse("#" + periodId);
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
}
