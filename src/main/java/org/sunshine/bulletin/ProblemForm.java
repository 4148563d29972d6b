package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;

/** A problem-list item as the inspector adds or changes it ({@code id == null}: a new one, last of its department). */
public record ProblemForm(@Nullable Long id, @Nullable Long departmentId, String text, @Nullable Integer rectifyDays) {
}
