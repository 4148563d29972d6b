package org.sunshine.directory;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * @param disclosureDays          working days to disclose a record after it is formed or changed
 * @param licensingPenaltyDays    working days to disclose a licensing or penalty decision
 */
@ConfigurationProperties("sunshine.directory")
public record DirectorySettings(int disclosureDays, int licensingPenaltyDays) {

    public int defaultClockDays(DisclosureCategory category) {
        return category == DisclosureCategory.GENERAL ? disclosureDays : licensingPenaltyDays;
    }
}
