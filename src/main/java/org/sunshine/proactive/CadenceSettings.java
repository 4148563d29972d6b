package org.sunshine.proactive;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Min;

import java.time.LocalDate;

/**
 * How the cadence of the responsibility table's items is watched ({@link CadenceWatch}).
 *
 * @param warningDays a window with no record is yellow this many working days (or fewer) before its deadline
 * @param watchFrom   no window starting before this day is watched, whatever the items say (the day the platform
 *                    went live, say); none when unset
 */
@ConfigurationProperties("sunshine.cadence")
public record CadenceSettings(@Min(0) int warningDays, @Nullable LocalDate watchFrom) {
}
