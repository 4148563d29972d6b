package org.sunshine.directory;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * A row of the responsibility table as lists show it.
 *
 * @param cadence      how often it must be published, or {@code null}
 * @param cadenceSince the day its cadence is watched from, or {@code null}
 */
public record ResponsibilityRow(long id, int seqNo, String title, DisclosureCategory category, int clockDays,
                                @Nullable Long keyAreaId, @Nullable String keyAreaName,
                                List<DepartmentRef> leads, List<DepartmentRef> cos, String dutyNote, boolean active,
                                @Nullable Cadence cadence, @Nullable LocalDate cadenceSince) {

    /** A department named in the table. */
    public record DepartmentRef(long id, String name) {
    }

    /**
     * Whether the row matches a search: {@code text} in its title, note or department names (blank for any),
     * and {@code departmentId} among its lead or co-departments ({@code null} for any).
     */
    public boolean matches(String text, Long departmentId) {
        if (departmentId != null && leads.stream().noneMatch(d -> d.id() == departmentId)
                && cos.stream().noneMatch(d -> d.id() == departmentId)) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip();
        return title.contains(needle) || dutyNote.contains(needle)
                || leads.stream().anyMatch(d -> d.name().contains(needle)) || cos.stream().anyMatch(d -> d.name().contains(needle));
    }

    /** The lead departments as one line, joined with the reader's list separator (、 in Chinese). */
    public String leadNames(String separator) {
        return String.join(separator, leads.stream().map(DepartmentRef::name).toList());
    }

    public String coNames(String separator) {
        return String.join(separator, cos.stream().map(DepartmentRef::name).toList());
    }
}
