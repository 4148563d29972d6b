package org.sunshine.supervision;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The rules of social supervision (PRODUCT.md sections 2.3 and 3), in working days unless said otherwise.
 *
 * @param reviewDays    for a supervisor to review a replied complaint, from the day the task is given
 * @param samplePercent the share of replied complaints in scope that become review tasks (0–100)
 * @param lowScore      a review with any score at or below this opens a finding against the department
 * @param warningDays   a review due this many working days away (or fewer) is marked yellow
 */
@ConfigurationProperties("sunshine.supervision")
public record SupervisionSettings(int reviewDays, int samplePercent, int lowScore, int warningDays) {
}
