package org.sunshine.directory;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * How often a responsibility item must be published (issue 16; docs/disclosure.md "Cadence"): in every calendar
 * month, quarter or year, or 随时 — within the item's clock of each change, which the lead department records as a
 * record of the item. The label is {@code directory.cadence.<NAME>}.
 */
public enum Cadence {
    MONTHLY,
    QUARTERLY,
    YEARLY,
    /** 随时: each change within the item's clock; watched from the records, not from a calendar window. */
    ON_CHANGE;

    public String labelKey() {
        return "directory.cadence." + name();
    }

    /** The first day of the window that holds the date (ON_CHANGE has no window: the date itself). */
    public LocalDate windowStart(LocalDate date) {
        return switch (this) {
            case MONTHLY -> date.withDayOfMonth(1);
            case QUARTERLY -> date.with(IsoFields.DAY_OF_QUARTER, 1);
            case YEARLY -> date.withDayOfYear(1);
            case ON_CHANGE -> date;
        };
    }

    /** The last day of the window that holds the date. */
    public LocalDate windowEnd(LocalDate date) {
        return switch (this) {
            case MONTHLY -> windowStart(date).plusMonths(1).minusDays(1);
            case QUARTERLY -> windowStart(date).plusMonths(3).minusDays(1);
            case YEARLY -> windowStart(date).plusYears(1).minusDays(1);
            case ON_CHANGE -> date;
        };
    }
}
