package org.sunshine.directory;

import io.micronaut.core.annotation.Nullable;

public record KeyAreaForm(@Nullable Long id, String code, String name, String description,
                          @Nullable Long leadDepartmentId, Integer sortOrder) {

    public static KeyAreaForm empty() {
        return new KeyAreaForm(null, "", "", "", null, 0);
    }

    static KeyAreaForm of(KeyArea a) {
        return new KeyAreaForm(a.getId(), a.getCode(), a.getName(), a.getDescription(), a.getLeadDepartmentId(),
                a.getSortOrder());
    }
}
