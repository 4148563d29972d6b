package org.sunshine.assessment;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The rules of scoring and grading (PRODUCT.md "Scoring"), from {@code sunshine.assessment}. A period copies them
 * when it is created ({@link Period#rules()}), so a change of the settings only applies to later periods.
 *
 * @param trimFrom              with this many inspectors or more, drop one highest and one lowest before the mean
 * @param spreadPercent         inspectors' points further apart than this share of full marks are a spread
 * @param minVolume             an AUTO indicator measured on fewer items is not rated
 * @param basicWeight           what a 基本满意 counts for in the satisfaction rate (满意 counts 1)
 * @param excellentFrom         the lowest total graded 优秀
 * @param goodFrom              the lowest total graded 良好
 * @param passFrom              the lowest total graded 合格
 * @param excellentQuotaPercent at most this share of the departments (rounded down) is graded 优秀; none: no quota
 * @param objectionDays         working days after publication during which a department may object; read from the
 *                              settings when a period is published (its window is then {@link Period#getObjectionDue()}),
 *                              not copied onto the period, so {@code null} in {@link Period#rules()}
 */
@ConfigurationProperties("sunshine.assessment")
public record ScoringRules(int trimFrom, int spreadPercent, int minVolume, double basicWeight, double excellentFrom,
                           double goodFrom, double passFrom, @Nullable Integer excellentQuotaPercent,
                           @Nullable Integer objectionDays) {

    public static final ScoringRules DEFAULTS = new ScoringRules(5, 30, 5, 0.9, 90, 80, 60, null, 5);

    public ScoringRules withQuota(@Nullable Integer percent) {
        return new ScoringRules(trimFrom, spreadPercent, minVolume, basicWeight, excellentFrom, goodFrom, passFrom,
                percent, objectionDays);
    }
}
