package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;

/**
 * How a bulletin is drafted from a locked period: its kind, and the rules that choose the departments it commends
 * and criticizes (written on the draft in words).
 *
 * @param commendTop      with {@link CommendBy#TOP}: the best N ranks (a tie at the N-th rank is taken whole)
 * @param criticizeBottom with {@link CriticizeBy#BOTTOM}: the last N ranks (a tie at the cut is taken whole)
 * @param overdueAtLeast  with {@link CriticizeBy#OVERDUE}: departments with this many overdue items or more
 */
public record DraftForm(@Nullable Long periodId, @Nullable BulletinKind kind, @Nullable CommendBy commendBy, int commendTop,
                        @Nullable CriticizeBy criticizeBy, int criticizeBottom, int overdueAtLeast, boolean publicRelease) {

    /** Who is commended; the label is {@code bulletin.commendBy.<NAME>}. */
    public enum CommendBy {
        /** graded 优秀 */
        GRADE,
        /** the first N ranks */
        TOP
    }

    /** Who is criticized; the label is {@code bulletin.criticizeBy.<NAME>}. */
    public enum CriticizeBy {
        /** graded 不合格 */
        GRADE,
        /** the last N ranks */
        BOTTOM,
        /** K or more overdue items in the period: complaints not replied and findings not rectified by their deadline */
        OVERDUE
    }
}
