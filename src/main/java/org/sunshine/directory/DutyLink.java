package org.sunshine.directory;

import io.micronaut.core.annotation.Introspected;

/** A row of {@code responsibility_department}. */
@Introspected
public record DutyLink(Long itemId, Long departmentId, Duty duty) {
}
