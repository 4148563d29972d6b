package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A department's progress in a period: who scores it, how many of their sheets are in, and how the department
 * answered its published result.
 */
public record DepartmentProgress(long departmentId, String departmentName, Set<Long> inspectorIds,
                                 List<String> inspectorNames, int submitted, @Nullable Instant acceptedAt,
                                 @Nullable String acceptedByName, @Nullable Objection objection) {

    /** Nobody is assigned to score it. */
    public boolean unassigned() {
        return inspectorIds.isEmpty();
    }

    /** Some assigned inspector's sheet is not in. */
    public boolean waiting() {
        return submitted < inspectorIds.size();
    }

    /** The department has neither accepted nor objected. */
    public boolean silent() {
        return acceptedAt == null && objection == null;
    }
}
