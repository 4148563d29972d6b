package org.sunshine.directory;

import io.micronaut.core.annotation.Nullable;

/** What an administrator enters to create ({@code id == null}) or change a department. */
public record DepartmentForm(@Nullable Long id, String code, String name, String shortName,
                             DepartmentType type, @Nullable Long parentId, Integer sortOrder) {

    public static DepartmentForm empty() {
        return new DepartmentForm(null, "", "", "", DepartmentType.GOVERNMENT_DEPARTMENT, null, 0);
    }

    static DepartmentForm of(Department d) {
        return new DepartmentForm(d.getId(), d.getCode(), d.getName(), d.getShortName(), d.getType(),
                d.getParentId(), d.getSortOrder());
    }
}
