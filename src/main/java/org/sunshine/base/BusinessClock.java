package org.sunshine.base;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The business's time, read from the application's {@link Clock} (which tests move): instants in whole seconds, as
 * every stored instant is (docs/architecture.md, "Database"), and dates in {@code sunshine.zone}.
 */
@Singleton
public class BusinessClock {

    private final Clock clock;

    public BusinessClock(Clock clock) {
        this.clock = clock;
    }

    /** Now, in whole seconds. */
    public Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Today's date in the business's zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The business date of an instant. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(clock.getZone()).toLocalDate();
    }

    public ZoneId zone() {
        return clock.getZone();
    }
}
