package org.sunshine.directory;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

public record ResponsibilityRow(long id, int seqNo, String title, DisclosureCategory category, int clockDays,
                                @Nullable Long keyAreaId, @Nullable String keyAreaName,
                                List<DepartmentRef> leads, List<DepartmentRef> cos, String dutyNote, boolean active) {

    /** A department named in the table. */
    public record DepartmentRef(long id, String name) {
    }

    /** The lead departments as one line, joined with the reader's list separator (、 in Chinese). */
    public String leadNames(String separator) {
        return String.join(separator, leads.stream().map(DepartmentRef::name).toList());
    }

    public String coNames(String separator) {
        return String.join(separator, cos.stream().map(DepartmentRef::name).toList());
    }
}
