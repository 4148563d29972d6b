package org.sunshine.base;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.data.runtime.date.CurrentDateTimeProvider;
import io.micronaut.data.runtime.date.DateTimeProvider;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The time Micronaut Data writes into {@code @DateCreated} and {@code @DateUpdated} fields: the application's
 * {@link Clock} (so tests that move the clock move these too), in whole seconds like every stored instant
 * (docs/architecture.md, "Database").
 */
@Singleton
@Replaces(CurrentDateTimeProvider.class)
class ClockDateTimeProvider implements DateTimeProvider<OffsetDateTime> {

    private final Clock clock;

    ClockDateTimeProvider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public OffsetDateTime getNow() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
