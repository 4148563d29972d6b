package org.sunshine.finding;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The clocks of findings (PRODUCT.md section 3), in working days unless said otherwise.
 *
 * @param rectifyDays      for the department to rectify and report, from the inspector's confirmation
 * @param returnDays       at least this many more after a report is returned (the deadline never moves earlier)
 * @param repeatWindowDays a finding confirmed against the same department and responsibility item within this many
 *                         calendar days of an earlier one is marked as repeated (重复发生)
 * @param warningDays      a deadline this many working days away (or fewer) is marked yellow
 */
@ConfigurationProperties("sunshine.findings")
public record FindingSettings(int rectifyDays, int returnDays, int repeatWindowDays, int warningDays) {
}
