package org.sunshine.directory;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

public record ResponsibilityRow(long id, int seqNo, String title, DisclosureCategory category, int clockDays,
                                @Nullable Long keyAreaId, @Nullable String keyAreaName,
                                List<DepartmentRef> leads, List<DepartmentRef> cos, String dutyNote, boolean active) {

    /** A department named in the table. */
    public record DepartmentRef(long id, String name) {
    }

    /** Who is responsible, as one line: the lead departments, then the co-departments, then the note. */
    public String leadNames() {
        return String.join("、", leads.stream().map(DepartmentRef::name).toList());
    }

    public String coNames() {
        return String.join("、", cos.stream().map(DepartmentRef::name).toList());
    }
}
