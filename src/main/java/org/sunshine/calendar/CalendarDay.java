package org.sunshine.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A date that differs from the Monday-to-Friday rule: a holiday ({@code offDay}) or a weekend day that is worked
 * (调休上班, {@code !offDay}).
 */
@MappedEntity("calendar_day")
public record CalendarDay(@Id LocalDate day, boolean offDay, String name, Source source,
                          @DateUpdated(truncatedTo = ChronoUnit.SECONDS) @Nullable Instant updatedAt) {

    /** Where the day came from: an imported State Council schedule, or an administrator's edit. */
    public enum Source { IMPORT, MANUAL }
}
