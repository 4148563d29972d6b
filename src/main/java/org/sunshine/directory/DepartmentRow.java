package org.sunshine.directory;

import io.micronaut.core.annotation.Nullable;

/** A department as listed in the directory and its report. */
public record DepartmentRow(long id, String code, String name, String shortName, DepartmentType type,
                            @Nullable Long parentId, @Nullable String parentName, int sortOrder, boolean active) {
}
