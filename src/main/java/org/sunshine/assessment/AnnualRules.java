package org.sunshine.assessment;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.math.BigDecimal;

/**
 * How the annual assessment adds up the year (from {@code sunshine.assessment.annual}); an annual assessment copies
 * them when it is created. Grades use the thresholds and quota of {@link ScoringRules}.
 *
 * @param commendationPoints added to the annual total for each 通报表扬 of the year
 * @param criticismPoints    taken off the annual total for each 通报批评 of the year
 * @param monthWeight        the default weight of a monthly period in the year's roll-up
 * @param quarterWeight      the default weight of a quarterly period
 * @param yearWeight         the default weight of a yearly period
 */
@ConfigurationProperties("sunshine.assessment.annual")
public record AnnualRules(BigDecimal commendationPoints, BigDecimal criticismPoints, BigDecimal monthWeight,
                          BigDecimal quarterWeight, BigDecimal yearWeight) {

    public BigDecimal weight(PeriodKind kind) {
        return switch (kind) {
            case MONTH -> monthWeight;
            case QUARTER -> quarterWeight;
            case YEAR -> yearWeight;
        };
    }
}
