package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An organ's 政府信息公开指南: where and how to apply, edited by the organ; and the short form of its documents'
 * numbers ({@code abbreviation}: 盘民公开 in 盘民公开〔2026〕第12号).
 */
@MappedEntity("disclosure_guide")
public record DisclosureGuide(@Id @GeneratedValue @Nullable Long id, Long departmentId, boolean toGovernment,
                              String abbreviation, String officeName, String address, String postalCode,
                              String officeHours, String phone, String fax, String email,
                              @Nullable String howToApply, @Nullable String notes,
                              @DateUpdated(truncatedTo = ChronoUnit.SECONDS) @Nullable Instant updatedAt,
                              @Nullable Long updatedBy, @Version int version) {
}
