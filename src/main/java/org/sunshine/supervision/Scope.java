package org.sunshine.supervision;

import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/**
 * What a supervisor watches: some departments and/or some key areas. A complaint or a finding is in scope when its
 * department is one of the departments, or its key area one of the areas.
 */
public record Scope(Set<Long> departmentIds, Set<Long> keyAreaIds) {

    public Scope {
        departmentIds = Set.copyOf(departmentIds);
        keyAreaIds = Set.copyOf(keyAreaIds);
    }

    public boolean covers(@Nullable Long departmentId, @Nullable Long keyAreaId) {
        return (departmentId != null && departmentIds.contains(departmentId))
                || (keyAreaId != null && keyAreaIds.contains(keyAreaId));
    }

    public boolean isEmpty() {
        return departmentIds.isEmpty() && keyAreaIds.isEmpty();
    }
}
