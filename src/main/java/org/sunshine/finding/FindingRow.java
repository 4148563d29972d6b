package org.sunshine.finding;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.calendar.Warning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A finding as listed.
 *
 * @param rectifyDue its rectification's deadline, once confirmed
 * @param reference  its readable reference (JD-2026-0841)
 * @param repeatOf   the earlier finding its rectification repeats (重复发生)
 * @param duplicateOfReference the reference of the finding the duplicate mark cites
 * @param repeatOfReference    the reference of the finding the repeat mark cites
 * @param highlight            the searched words in the description, and where a report matched; null outside a word
 *                             search
 */
public record FindingRow(long id, String reference, FindingStage stage, IssueType issueType, Severity severity, FindingSource source,
                         long departmentId, String departmentName, @Nullable String keyAreaName,
                         @Nullable String itemName, String description, String filedByName, Instant filedAt,
                         @Nullable LocalDate rectifyDue, Warning warning, boolean calendarFallback,
                         @Nullable Long duplicateOf, @Nullable Long repeatOf,
                         @Nullable String duplicateOfReference, @Nullable String repeatOfReference,
                         @Nullable org.sunshine.search.Highlight highlight) {

    /** The description shortened for a list. */
    public String summary() {
        return description.length() > 60 ? description.substring(0, 60) + "…" : description;
    }
}
