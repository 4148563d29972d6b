package org.sunshine.directory;

import io.micronaut.core.annotation.Nullable;

/**
 * @param text            part of the code, name or short name; blank for all
 * @param type            only this type, or all
 * @param includeInactive also deactivated departments
 */
public record DepartmentFilter(@Nullable String text, @Nullable DepartmentType type, boolean includeInactive) {

    public static final DepartmentFilter ACTIVE = new DepartmentFilter(null, null, false);

    boolean matches(DepartmentRow row) {
        if (!includeInactive && !row.active()) {
            return false;
        }
        if (type != null && row.type() != type) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.trim().toLowerCase(java.util.Locale.ROOT);
        return row.code().toLowerCase(java.util.Locale.ROOT).contains(needle)
                || row.name().contains(needle) || row.shortName().contains(needle);
    }
}
