package org.sunshine.directory;

import io.micronaut.core.annotation.Nullable;

public record KeyAreaRow(long id, String code, String name, String description, @Nullable Long leadDepartmentId,
                         @Nullable String leadDepartmentName, int sortOrder, boolean active) {
}
