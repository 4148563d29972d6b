package org.sunshine.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A year of the holiday-cn data set (https://github.com/NateScarlet/holiday-cn, MIT): the State Council's notice
 * ({@code papers}) and the dates that differ from Monday to Friday.
 */
@Serdeable
public record HolidayCnFile(@Nullable Integer year, @Nullable List<String> papers, @Nullable List<Entry> days) {

    @Serdeable
    public record Entry(@Nullable String name, @Nullable String date, @Nullable Boolean isOffDay) {
    }
}
