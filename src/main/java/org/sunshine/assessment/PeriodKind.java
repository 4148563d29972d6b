package org.sunshine.assessment;

import java.time.LocalDate;
import java.time.YearMonth;

/** 月度 / 季度 / 年度; the label is {@code assessment.period.kind.<NAME>}. */
public enum PeriodKind {
    MONTH(12),
    QUARTER(4),
    YEAR(1);

    private final int perYear;

    PeriodKind(int perYear) {
        this.perYear = perYear;
    }

    /** How many periods of this kind a year has (12, 4, 1). */
    public int perYear() {
        return perYear;
    }

    /** The first day of the {@code number}-th period of the year (1-based). */
    public LocalDate start(int year, int number) {
        return switch (this) {
            case MONTH -> LocalDate.of(year, number, 1);
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    /** The last day of the {@code number}-th period of the year. */
    public LocalDate end(int year, int number) {
        return switch (this) {
            case MONTH -> YearMonth.of(year, number).atEndOfMonth();
            case QUARTER -> YearMonth.of(year, number * 3).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }
}
