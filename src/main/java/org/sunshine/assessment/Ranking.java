package org.sunshine.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks and grades the departments of a period.
 * <ul>
 *   <li>Competition ranking (1, 2, 2, 4) by total. The written tie-break: equal totals are compared category by
 *   category in the order of the indicator system; departments equal on all of them share the rank.</li>
 *   <li>Grades by the thresholds (优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格); a veto makes it 不合格 whatever the
 *   total. With a quota for 优秀, only as many departments as it allows are 优秀, best first; departments sharing a
 *   rank are never split, so when taking all of them would pass the quota none of them is 优秀 (they are 良好).</li>
 * </ul>
 */
public final class Ranking {

    private Ranking() {
    }

    /** One department's place. */
    public record Place(DepartmentScore score, int rank, Grade grade) {
    }

    /** The departments best first, with ranks and grades. */
    public static List<Place> rank(List<DepartmentScore> scores, ScoringRules rules) {
        Comparator<DepartmentScore> better = Ranking::compare;
        List<DepartmentScore> ordered = scores.stream()
                .sorted(better.thenComparingLong(DepartmentScore::departmentId)).toList();
        int[] ranks = new int[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            ranks[i] = i > 0 && compare(ordered.get(i - 1), ordered.get(i)) == 0 ? ranks[i - 1] : i + 1;
        }
        Integer quotaPercent = rules.excellentQuotaPercent();
        int quota = quotaPercent == null ? Integer.MAX_VALUE : ordered.size() * quotaPercent / 100;
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            DepartmentScore score = ordered.get(i);
            Grade grade = grade(score, rules);
            if (grade == Grade.EXCELLENT && excellentUpTo(ordered, ranks, ranks[i], rules) > quota) {
                grade = Grade.GOOD;
            }
            places.add(new Place(score, ranks[i], grade));
        }
        return places;
    }

    private static Grade grade(DepartmentScore score, ScoringRules rules) {
        if (score.vetoed()) {
            return Grade.FAIL;
        }
        if (score.total() >= rules.excellentFrom()) {
            return Grade.EXCELLENT;
        }
        if (score.total() >= rules.goodFrom()) {
            return Grade.GOOD;
        }
        return score.total() >= rules.passFrom() ? Grade.PASS : Grade.FAIL;
    }

    /** How many departments ranked at {@code rank} or better would be 优秀 by the thresholds alone. */
    private static long excellentUpTo(List<DepartmentScore> ordered, int[] ranks, int rank, ScoringRules rules) {
        long count = 0;
        for (int i = 0; i < ordered.size() && ranks[i] <= rank; i++) {
            if (grade(ordered.get(i), rules) == Grade.EXCELLENT) {
                count++;
            }
        }
        return count;
    }

    /** Negative when {@code a} ranks before {@code b}: higher total, then higher category scores in order. */
    static int compare(DepartmentScore a, DepartmentScore b) {
        int byTotal = Double.compare(b.total(), a.total());
        if (byTotal != 0) {
            return byTotal;
        }
        for (int i = 0; i < a.categories().size(); i++) {
            int byCategory = Double.compare(b.categories().get(i).score(), a.categories().get(i).score());
            if (byCategory != 0) {
                return byCategory;
            }
        }
        return 0;
    }
}
