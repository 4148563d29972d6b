package org.sunshine.annualreport;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.sunshine.calendar.Warning;

import java.time.LocalDate;

/**
 * When a year's reports are due (Art. 49: a department's by 31 January of the next year, the government's by 31
 * March) and the office's marks, from 1 January of the next year on: yellow when the due date is at most
 * {@code warning-days} away and the report has not been submitted (not opened, a draft, returned); red when the due
 * date has passed and no edition has been published. A report under correction has been published: no mark.
 */
@Singleton
public class ReportDeadlines {

    private final ReportSettings settings;

    ReportDeadlines(ReportSettings settings) {
        this.settings = settings;
    }

    public static LocalDate due(int year, boolean government) {
        return government ? LocalDate.of(year + 1, 3, 31) : LocalDate.of(year + 1, 1, 31);
    }

    /**
     * The mark of a report on a day.
     *
     * @param state null when the report has not been opened yet
     */
    public Warning mark(int year, boolean government, @Nullable ReportState state, boolean everPublished,
                        LocalDate today) {
        if (today.getYear() <= year || everPublished || state == ReportState.PUBLISHED) {
            return Warning.NONE;
        }
        LocalDate due = due(year, government);
        if (today.isAfter(due)) {
            return Warning.RED;
        }
        boolean notSubmitted = state == null || ReportWorkflow.EDITABLE.contains(state);
        return notSubmitted && !today.isBefore(due.minusDays(settings.warningDays())) ? Warning.YELLOW : Warning.NONE;
    }
}
