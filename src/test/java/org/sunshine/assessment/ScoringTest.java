package org.sunshine.assessment;

import org.junit.jupiter.api.Test;
import org.sunshine.assessment.DepartmentScore.Basis;
import org.sunshine.assessment.DepartmentScore.CategoryScore;
import org.sunshine.assessment.DepartmentScore.IndicatorScore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scoring, ranking and grading against examples worked out by hand (the arithmetic is in the comments): trimmed
 * mean, spreads, caps, not-rated redistribution, vetoes, ties with the tie-break, and the 优秀 quota.
 */
class ScoringTest {

    /*
     * 决策和管理公开 (40): 11 MANUAL 20, 12 MANUAL 20, 13 AUTO satisfaction 10
     * 诉求办理 (60):      21 AUTO on-time 30, 22 MANUAL 30, 23 DEDUCTION 2 per occurrence capped at 6,
     *                     24 BONUS 1 per occurrence capped at 3, 25 VETO
     */
    private static final Scheme SCHEME = new Scheme(List.of(
            new Scheme.Category(1, "决策和管理公开", 40, List.of(
                    manual(11, 20), manual(12, 20), auto(13, 10, Metric.SATISFACTION))),
            new Scheme.Category(2, "诉求办理", 60, List.of(
                    auto(21, 30, Metric.ON_TIME_HANDLING), manual(22, 30),
                    new Scheme.Indicator(23, "逾期扣分", IndicatorKind.DEDUCTION, 6, 2, null),
                    new Scheme.Indicator(24, "创新加分", IndicatorKind.BONUS, 3, 1, null),
                    new Scheme.Indicator(25, "一票否决", IndicatorKind.VETO, 0, 0, null)))));

    private final Scorer scorer = new Scorer(ScoringRules.DEFAULTS);

    @Test
    void aDepartmentWorkedOutByHand() {
        DepartmentScore a = scorer.score(SCHEME, marks(1).inspectors(11, 18, 19, 15, 16, 17).inspectors(12, 14, 15)
                .measure(Metric.SATISFACTION, 0.8, 10).measure(Metric.ON_TIME_HANDLING, 0.9, 20)
                .inspectors(22, 24, 26).inspectors(23, 4, 4).inspectors(24, 1, 1).inspectors(25, 0, 0).build());
        // 11: five inspectors, 15 and 19 dropped: (18 + 16 + 17) / 3 = 17; 12: (14 + 15) / 2 = 14.5; 13: 10 × 0.8 = 8
        assertThat(indicator(a, 11)).isEqualTo(IndicatorScore.scored(11, 1, IndicatorKind.MANUAL, 17.0, Basis.TRIMMED_MEAN, 5, false));
        assertThat(indicator(a, 12).value()).isEqualTo(14.5);
        assertThat(indicator(a, 12).basis()).isEqualTo(Basis.MEAN);
        assertThat(indicator(a, 13).value()).isEqualTo(8.0);
        // category 1: 40 × (17 + 14.5 + 8) / 50 = 31.6
        assertThat(a.categories().get(0)).isEqualTo(new CategoryScore(1, true, 40, 31.6, 0, 0, 31.6));
        // category 2: 60 × (27 + 25) / 60 = 52; 4 occurrences × 2 = 8, capped at 6; bonus 1; 52 − 6 + 1 = 47
        assertThat(indicator(a, 23).value()).isEqualTo(6.0);
        assertThat(a.categories().get(1)).isEqualTo(new CategoryScore(2, true, 60, 52, 6, 1, 47));
        assertThat(a.total()).isEqualTo(78.6);
        assertThat(a.vetoed()).isFalse();
        assertThat(a.open()).isFalse();
    }

    @Test
    void anIndicatorNotRatedGivesItsPointsToTheRestOfItsCategory() {
        // the satisfaction rate rests on 3 ratings, fewer than 5: 40 × (17 + 14.5) / 40 = 31.5, not 40 × 31.5 / 50
        DepartmentScore b = scorer.score(SCHEME, marks(2).inspectors(11, 17).inspectors(12, 14.5)
                .measure(Metric.SATISFACTION, 1.0, 3).measure(Metric.ON_TIME_HANDLING, 0.9, 20).inspectors(22, 25)
                .inspectors(23, 0).inspectors(24, 0).inspectors(25, 0).build());
        assertThat(indicator(b, 13).basis()).isEqualTo(Basis.NOT_RATED);
        assertThat(indicator(b, 13).value()).isNull();
        assertThat(b.categories().get(0).earned()).isEqualTo(31.5);
        assertThat(b.total()).isEqualTo(83.5);
    }

    @Test
    void aCategoryNotRatedGivesItsWeightToTheOthers() {
        Scheme scheme = new Scheme(List.of(
                new Scheme.Category(1, "公开", 40, List.of(manual(11, 10))),
                new Scheme.Category(2, "办理", 40, List.of(manual(21, 10))),
                new Scheme.Category(3, "社会评议", 20, List.of(auto(31, 10, Metric.REVIEW_AVERAGE)))));
        // no reviews at all: 20 goes to the others in proportion, 40 × 100 / 80 = 50 each
        DepartmentScore c = scorer.score(scheme, marks(3).inspectors(11, 8).inspectors(21, 6).build());
        assertThat(c.categories()).extracting(CategoryScore::weight).containsExactly(50.0, 50.0, 0.0);
        assertThat(c.categories()).extracting(CategoryScore::rated).containsExactly(true, true, false);
        // 50 × 8 / 10 + 50 × 6 / 10 = 40 + 30
        assertThat(c.total()).isEqualTo(70);
    }

    @Test
    void aSpreadBeyondTheThresholdWaitsForTheLeadInspector() {
        // 30 % of 20 is 6: 12 and 18 are exactly 6 apart (no spread), 10 and 18 are 8 apart (spread)
        assertThat(indicator(scorer.score(SCHEME, marks(4).inspectors(11, 12, 18).build()), 11).spread()).isFalse();
        DepartmentScore spread = scorer.score(SCHEME, complete(marks(4).inspectors(11, 10, 18)).build());
        assertThat(indicator(spread, 11).spread()).isTrue();
        assertThat(indicator(spread, 11).value()).as("the mean meanwhile").isEqualTo(14.0);
        assertThat(indicator(spread, 11).unresolvedSpread()).isTrue();
        assertThat(spread.open()).isTrue();

        DepartmentScore resolved = scorer.score(SCHEME, complete(marks(4).inspectors(11, 10, 18).resolve(11, 16)).build());
        assertThat(indicator(resolved, 11)).isEqualTo(IndicatorScore.scored(11, 1, IndicatorKind.MANUAL, 16.0, Basis.RESOLVED, 2, true));
        assertThat(indicator(resolved, 11).unresolvedSpread()).as("still a spread, but ruled on").isFalse();
        assertThat(resolved.open()).isFalse();

        // counts and vetoes must agree
        assertThat(indicator(scorer.score(SCHEME, marks(4).inspectors(23, 1, 2).build()), 23).spread()).isTrue();
        assertThat(indicator(scorer.score(SCHEME, marks(4).inspectors(25, 0, 1).build()), 25).spread()).isTrue();
    }

    @Test
    void fourInspectorsGiveAPlainMeanAndFiveATrimmedOne() {
        assertThat(indicator(scorer.score(SCHEME, marks(5).inspectors(22, 20, 22, 24, 30).build()), 22).value()).isEqualTo(24.0);
        // 30 and 20 dropped: (22 + 24 + 26) / 3 = 24
        IndicatorScore five = indicator(scorer.score(SCHEME, marks(5).inspectors(22, 20, 22, 24, 26, 30).build()), 22);
        assertThat(five.value()).isEqualTo(24.0);
        assertThat(five.basis()).isEqualTo(Basis.TRIMMED_MEAN);
    }

    @Test
    void anIndicatorNobodyScoredKeepsThePeriodOpenAndTheTotalNeverGoesBelowZero() {
        DepartmentScore d = scorer.score(SCHEME, marks(6).inspectors(11, 0).inspectors(12, 0).inspectors(22, 0)
                .inspectors(23, 9).inspectors(24, 0).build());
        assertThat(indicator(d, 25).basis()).isEqualTo(Basis.MISSING);
        assertThat(d.open()).isTrue();
        assertThat(d.total()).isZero();
    }

    @Test
    void aVetoFailsTheBestScore() {
        DepartmentScore vetoed = scorer.score(SCHEME, marks(7).inspectors(11, 20).inspectors(12, 20).inspectors(22, 30)
                .measure(Metric.SATISFACTION, 1, 50).measure(Metric.ON_TIME_HANDLING, 1, 50)
                .inspectors(23, 0).inspectors(24, 0).inspectors(25, 1, 1).build());
        assertThat(vetoed.total()).isEqualTo(100);
        assertThat(vetoed.vetoed()).isTrue();
        assertThat(Ranking.rank(List.of(vetoed), ScoringRules.DEFAULTS)).singleElement()
                .satisfies(p -> assertThat(p.grade()).isEqualTo(Grade.FAIL));
    }

    @Test
    void competitionRankingWithTheWrittenTieBreak() {
        DepartmentScore d1 = total(1, 92.5, 40, 52.5);
        DepartmentScore d2 = total(2, 88, 38, 50);
        DepartmentScore d3 = total(3, 88, 38, 50);
        DepartmentScore d4 = total(4, 85, 40, 45);
        DepartmentScore d5 = total(5, 88, 39, 49); // same total as 2 and 3, more in the first category
        DepartmentScore d6 = total(6, 59.99, 30, 29.99);
        List<Ranking.Place> places = Ranking.rank(List.of(d4, d3, d6, d2, d1, d5), ScoringRules.DEFAULTS);
        assertThat(places).extracting(p -> p.score().departmentId()).containsExactly(1L, 5L, 2L, 3L, 4L, 6L);
        assertThat(places).extracting(Ranking.Place::rank).containsExactly(1, 2, 3, 3, 5, 6);
        assertThat(places).extracting(Ranking.Place::grade).containsExactly(
                Grade.EXCELLENT, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.FAIL);
    }

    @Test
    void theExcellentQuotaIsNeverPassedAndNeverSplitsATie() {
        List<DepartmentScore> ten = new ArrayList<>(List.of(total(1, 95, 40, 55), total(2, 93, 40, 53),
                total(3, 91, 40, 51), total(4, 90.5, 40, 50.5)));
        for (long id = 5; id <= 10; id++) {
            ten.add(total(id, 70, 30, 40));
        }
        // 20 % of 10 departments: 2
        List<Ranking.Place> quota = Ranking.rank(ten, ScoringRules.DEFAULTS.withQuota(20));
        assertThat(quota.subList(0, 4)).extracting(Ranking.Place::grade)
                .containsExactly(Grade.EXCELLENT, Grade.EXCELLENT, Grade.GOOD, Grade.GOOD);

        ten.set(1, total(2, 92, 40, 52));
        ten.set(2, total(3, 92, 40, 52)); // tied for the second place: both 优秀 would make 3
        List<Ranking.Place> tie = Ranking.rank(ten, ScoringRules.DEFAULTS.withQuota(20));
        assertThat(tie.subList(0, 4)).extracting(Ranking.Place::rank).containsExactly(1, 2, 2, 4);
        assertThat(tie.subList(0, 4)).extracting(Ranking.Place::grade)
                .containsExactly(Grade.EXCELLENT, Grade.GOOD, Grade.GOOD, Grade.GOOD);
        assertThat(Ranking.rank(ten, ScoringRules.DEFAULTS).subList(0, 4)).as("without a quota")
                .extracting(Ranking.Place::grade).containsOnly(Grade.EXCELLENT);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static Scheme.Indicator manual(long id, double max) {
        return new Scheme.Indicator(id, "指标" + id, IndicatorKind.MANUAL, max, 0, null);
    }

    private static Scheme.Indicator auto(long id, double max, Metric metric) {
        return new Scheme.Indicator(id, "指标" + id, IndicatorKind.AUTO, max, 0, metric);
    }

    private static IndicatorScore indicator(DepartmentScore score, long id) {
        return score.indicators().stream().filter(i -> i.indicatorId() == id).findFirst().orElseThrow();
    }

    @Test
    void aCountedDeductionTakesItsOccurrencesFromTheDataUnlessTheLeadInspectorRuled() {
        Scheme scheme = new Scheme(List.of(new Scheme.Category(1, "诉求办理", 100, List.of(manual(11, 10),
                new Scheme.Indicator(12, "逾期未办结", IndicatorKind.DEDUCTION, 6, 2, Metric.OVERDUE_COMPLAINTS)))));
        // 2 overdue complaints: 2 × 2 = 4 off 100 × 10 / 10
        DepartmentScore counted = scorer.score(scheme, marks(8).inspectors(11, 10).measure(Metric.OVERDUE_COMPLAINTS, 2, 2).build());
        assertThat(indicator(counted, 12)).satisfies(i -> {
            assertThat(i.value()).isEqualTo(4.0);
            assertThat(i.basis()).isEqualTo(Basis.MEASURED);
            assertThat(i.measured()).isEqualTo(2.0);
        });
        assertThat(counted.total()).isEqualTo(96);
        assertThat(counted.open()).as("nobody has to enter it").isFalse();
        // no data at all: none overdue; 5 overdue: capped at 6
        assertThat(indicator(scorer.score(scheme, marks(8).inspectors(11, 10).build()), 12).value()).isZero();
        assertThat(indicator(scorer.score(scheme, marks(8).inspectors(11, 10).measure(Metric.OVERDUE_COMPLAINTS, 5, 5).build()), 12)
                .value()).isEqualTo(6.0);
        // one of the two was the inspector's own delay: the lead inspector rules 1
        DepartmentScore ruled = scorer.score(scheme, marks(8).inspectors(11, 10).measure(Metric.OVERDUE_COMPLAINTS, 2, 2)
                .resolve(12, 1).build());
        assertThat(indicator(ruled, 12).basis()).isEqualTo(Basis.RESOLVED);
        assertThat(ruled.total()).isEqualTo(98);
    }

    @Test
    void aCorrectionAddsUpAgainFromTheIndicatorsAsLocked() {
        DepartmentScore locked = scorer.score(SCHEME, complete(marks(9).inspectors(11, 16).inspectors(12, 20).inspectors(22, 30))
                .measure(Metric.SATISFACTION, 1, 10).measure(Metric.ON_TIME_HANDLING, 1, 10).build());
        // 40 × (16 + 20 + 10) / 50 = 36.8; 60 × (30 + 30) / 60 = 60 → 96.8
        assertThat(locked.total()).isEqualTo(96.8);
        List<IndicatorScore> changed = locked.indicators().stream().map(i -> i.indicatorId() == 11 ? i.corrected(18) : i).toList();
        DepartmentScore corrected = scorer.aggregate(SCHEME, 9, changed);
        // 40 × (18 + 20 + 10) / 50 = 38.4 → 98.4; everything else as it was
        assertThat(corrected.total()).isEqualTo(98.4);
        assertThat(indicator(corrected, 11).basis()).isEqualTo(Basis.CORRECTED);
        assertThat(indicator(corrected, 13)).isEqualTo(indicator(locked, 13));
    }

    @Test
    void aPeriodKeepsTheRulesItCopiedButNotAnObjectionWindowItNeverHad() {
        Period period = new Period();
        period.adopt(ScoringRules.DEFAULTS, 20);
        // the window is read from the settings at publication and kept as the period's objectionDue
        assertThat(period.rules()).isEqualTo(new ScoringRules(5, 30, 5, 0.9, 90, 80, 60, 20, null));
    }

    /** A result with the given total and category scores, for ranking. */
    private static DepartmentScore total(long id, double total, double first, double second) {
        return new DepartmentScore(id, List.of(), List.of(new CategoryScore(1, true, 40, first, 0, 0, first),
                new CategoryScore(2, true, 60, second, 0, 0, second)), total, false, false);
    }

    /** Every inspector-scored indicator answered, so that only what a test sets keeps a period open. */
    private static MarksBuilder complete(MarksBuilder marks) {
        for (long id : new long[] {11, 12, 22, 23, 24, 25}) {
            marks.submitted.putIfAbsent(id, List.of(0.0));
        }
        return marks;
    }

    private static MarksBuilder marks(long departmentId) {
        return new MarksBuilder(departmentId);
    }

    private static final class MarksBuilder {
        final long departmentId;
        final Map<Long, List<Double>> submitted = new HashMap<>();
        final Map<Long, Double> resolved = new HashMap<>();
        final Map<Metric, Marks.Measure> measures = new HashMap<>();

        MarksBuilder(long departmentId) {
            this.departmentId = departmentId;
        }

        MarksBuilder inspectors(long indicator, double... values) {
            submitted.put(indicator, java.util.Arrays.stream(values).boxed().toList());
            return this;
        }

        MarksBuilder resolve(long indicator, double value) {
            resolved.put(indicator, value);
            return this;
        }

        MarksBuilder measure(Metric metric, double fraction, long volume) {
            measures.put(metric, new Marks.Measure(fraction, volume));
            return this;
        }

        Marks build() {
            return new Marks(departmentId, submitted, resolved, measures);
        }
    }
}
