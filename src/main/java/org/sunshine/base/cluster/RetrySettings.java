package org.sunshine.base.cluster;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * How a transaction that met a write conflict is run again ({@link ConflictRetry}).
 *
 * @param attempts   the most times a transaction is run, the first included
 * @param firstDelay the ceiling of the pause before the second attempt; doubled before each later one
 * @param maxDelay   the ceiling of any pause
 */
@ConfigurationProperties("sunshine.cluster.conflict-retry")
public record RetrySettings(@Bindable(defaultValue = "5") @Min(1) int attempts,
                            @Bindable(defaultValue = "20ms") @NotNull Duration firstDelay,
                            @Bindable(defaultValue = "500ms") @NotNull Duration maxDelay) {
}
