package org.sunshine.assessment;

import java.math.BigDecimal;

/**
 * A department's place in an annual assessment.
 *
 * @param periods       how many of the included periods the department was assessed in
 * @param base          周期加权得分: its period totals weighted, over those periods only, 2 decimals
 * @param effect        通报增减分: commendations × the points of one, less criticisms × the points of one
 * @param total         年度总分: base + effect, never below 0
 * @param vetoed        vetoed in at least one included period: the grade is 不合格
 */
public record AnnualRow(long departmentId, String departmentName, int periods, BigDecimal base, int commendations,
                        int criticisms, BigDecimal effect, BigDecimal total, int rank, Grade grade, boolean vetoed) {

    /** The same result, whatever the department is called now. */
    boolean sameResultAs(AnnualRow other) {
        return departmentId == other.departmentId && periods == other.periods && base.compareTo(other.base) == 0
                && commendations == other.commendations && criticisms == other.criticisms
                && effect.compareTo(other.effect) == 0 && total.compareTo(other.total) == 0 && rank == other.rank
                && grade == other.grade && vetoed == other.vetoed;
    }
}
