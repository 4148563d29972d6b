package org.sunshine.assessment;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The rules of scoring and grading (PRODUCT.md "Scoring"), from {@code sunshine.assessment}.
 *
 * @param trimFrom              with this many inspectors or more, drop one highest and one lowest before the mean
 * @param spreadPercent         inspectors' points further apart than this share of full marks are a spread
 * @param minVolume             an AUTO indicator measured on fewer items is not rated
 * @param excellentFrom         the lowest total graded 优秀
 * @param goodFrom              the lowest total graded 良好
 * @param passFrom              the lowest total graded 合格
 * @param excellentQuotaPercent at most this share of the departments (rounded down) is graded 优秀; none: no quota
 */
@ConfigurationProperties("sunshine.assessment")
public record ScoringRules(int trimFrom, int spreadPercent, int minVolume, double excellentFrom, double goodFrom,
                           double passFrom, @Nullable Integer excellentQuotaPercent) {

    public static final ScoringRules DEFAULTS = new ScoringRules(5, 30, 5, 90, 80, 60, null);

    public ScoringRules withQuota(@Nullable Integer percent) {
        return new ScoringRules(trimFrom, spreadPercent, minVolume, excellentFrom, goodFrom, passFrom, percent);
    }
}
