package org.sunshine.supervision;

import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/**
 * A search of the review lists; {@code null} or empty means any.
 *
 * @param overdue only waiting tasks past their deadline
 * @param text    part of the complaint's subject, or its whole tracking code
 */
public record ReviewFilter(@Nullable Set<ReviewState> states, @Nullable Long departmentId, boolean overdue,
                           @Nullable String text) {

    public static final ReviewFilter ALL = new ReviewFilter(Set.of(), null, false, null);
}
