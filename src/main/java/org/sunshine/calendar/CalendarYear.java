package org.sunshine.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A year whose holiday schedule is loaded; dates in other years fall back to Monday to Friday. */
@MappedEntity("calendar_year")
public record CalendarYear(@Id Integer year, String source, int dayCount,
                           @DateCreated(truncatedTo = ChronoUnit.SECONDS) @Nullable Instant loadedAt) {
}
