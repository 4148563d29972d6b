package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/**
 * A new period as the inspector sets it up: the kind and which one of the year (the dates follow), the published
 * system version, the lead inspector, the departments and an optional quota for 优秀. The name may be left empty:
 * it is then 2026年第三季度 and the like.
 */
public record PeriodForm(@Nullable String name, @Nullable PeriodKind kind, int year, int number,
                         @Nullable Long systemId, @Nullable Long leadInspectorId, Set<Long> departmentIds,
                         @Nullable Integer excellentQuotaPercent) {
}
