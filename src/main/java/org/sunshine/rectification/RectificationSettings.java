package org.sunshine.rectification;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;

/**
 * The rules every rectification shares ({@code sunshine.rectification}); how many working days a department first
 * gets is the asking record's (a finding's {@code rectify-days}, each problem-list item's own).
 *
 * @param returnDays       after a returned report, at least this many more working days (the deadline never moves
 *                         earlier)
 * @param warningDays      a deadline this many working days away (or fewer) is marked yellow
 * @param repeatWindowDays a rectification opened for the same department and topic within this many calendar days of
 *                         an earlier one is marked as repeated (重复发生)
 */
@ConfigurationProperties("sunshine.rectification")
public record RectificationSettings(@Min(1) int returnDays, @Min(0) int warningDays, @Min(1) int repeatWindowDays) {
}
