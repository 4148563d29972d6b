package org.sunshine.directory;

import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/**
 * @param clockDays working days to disclose; {@code null} takes the category's default
 * @param dutyNote  who acts, in the table's words, when no single department leads ("市级各相关部门落实")
 */
public record ResponsibilityForm(@Nullable Long id, Integer seqNo, String title, DisclosureCategory category,
                                 @Nullable Integer clockDays, @Nullable Long keyAreaId,
                                 Set<Long> leadDepartmentIds, Set<Long> coDepartmentIds, String dutyNote) {

    public static ResponsibilityForm empty(int nextSeqNo) {
        return new ResponsibilityForm(null, nextSeqNo, "", DisclosureCategory.GENERAL, null, null, Set.of(), Set.of(), "");
    }
}
