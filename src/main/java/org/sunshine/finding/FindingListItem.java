package org.sunshine.finding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.sunshine.rectification.RectificationState;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A finding as its lists read it, from the view {@code finding_list} (V11): the finding with its rectification's
 * state, deadline and repeat mark, so that lists filter and page on them in the database. Read only.
 *
 * @param stage    the finding's state, or its rectification's while it is being rectified
 * @param repeatOf the finding whose rectification this one repeats (重复发生)
 * @param duplicateReference the reference of the finding the duplicate mark cites
 * @param repeatReference    the reference of the finding the repeat mark cites
 */
@MappedEntity("finding_list")
record FindingListItem(
        @Id Long id,
        String reference,
        Long departmentId,
        IssueType issueType,
        @Nullable Long keyAreaId,
        @Nullable Long responsibilityItemId,
        String description,
        Severity severity,
        FindingState state,
        FindingStage stage,
        FindingSource source,
        Long filedBy,
        String filedByName,
        Instant filedAt,
        @Nullable Long complaintId,
        @Nullable Long duplicateOf,
        @Nullable String duplicateReference,
        @Nullable String evidenceUrl,
        @Nullable String dismissReason,
        @Nullable Long rectificationId,
        @Nullable RectificationState rectificationState,
        @Nullable LocalDate dueOn,
        @Nullable Long repeatOf,
        @Nullable String repeatReference) {
}
