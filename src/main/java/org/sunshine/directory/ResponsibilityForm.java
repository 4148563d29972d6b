package org.sunshine.directory;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.Set;

/**
 * @param clockDays    working days to disclose; {@code null} takes the category's default
 * @param dutyNote     who acts, in the table's words, when no single department leads ("市级各相关部门落实")
 * @param cadence      how often it must be published; {@code null} when no cadence is watched
 * @param cadenceSince the day the cadence is watched from; {@code null} keeps the day it was set (today for a new
 *                     or changed cadence)
 */
public record ResponsibilityForm(@Nullable Long id, Integer seqNo, String title, DisclosureCategory category,
                                 @Nullable Integer clockDays, @Nullable Long keyAreaId,
                                 Set<Long> leadDepartmentIds, Set<Long> coDepartmentIds, String dutyNote,
                                 @Nullable Cadence cadence, @Nullable LocalDate cadenceSince) {

    /**
     * A row with no cadence watched. A factory, not a second constructor: Vaadin's {@code Binder.writeRecord} needs the
     * record to have its canonical constructor only.
     */
    public static ResponsibilityForm withoutCadence(@Nullable Long id, Integer seqNo, String title,
                                                    DisclosureCategory category, @Nullable Integer clockDays,
                                                    @Nullable Long keyAreaId, Set<Long> leadDepartmentIds,
                                                    Set<Long> coDepartmentIds, String dutyNote) {
        return new ResponsibilityForm(id, seqNo, title, category, clockDays, keyAreaId, leadDepartmentIds,
                coDepartmentIds, dutyNote, null, null);
    }

    public static ResponsibilityForm empty(int nextSeqNo) {
        return withoutCadence(null, nextSeqNo, "", DisclosureCategory.GENERAL, null, null, Set.of(), Set.of(), "");
    }
}
