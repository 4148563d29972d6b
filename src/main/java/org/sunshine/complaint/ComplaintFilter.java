package org.sunshine.complaint;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.calendar.Warning;

import java.util.Set;

/**
 * A search of the complaint lists; {@code null} or empty means any.
 *
 * @param text part of the subject, or a whole tracking code
 */
public record ComplaintFilter(Set<ComplaintState> states, @Nullable Long departmentId, @Nullable Long keyAreaId,
                              @Nullable Warning warning, @Nullable String text) {

    public static final ComplaintFilter ALL = new ComplaintFilter(Set.of(), null, null, null, null);
}
