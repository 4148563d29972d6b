package org.sunshine.base.list;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

/**
 * The lists' counting rule.
 *
 * @param countCap a list or a quick filter is counted exactly up to this many rows; above it the screen shows an
 *                 estimate or "10000+" (SUNSHINE_LISTS_COUNT_CAP)
 */
@ConfigurationProperties("sunshine.lists")
public record ListSettings(@Bindable(defaultValue = "10000") @Min(1) int countCap) {
}
