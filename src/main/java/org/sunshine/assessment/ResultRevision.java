package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A revision of a period's locked results: 1 is the lock, each later one a correction with its reason and, when it
 * corrected one indicator of one department, which one and from what value to what (in points).
 */
@MappedEntity("result_revision")
public record ResultRevision(@Id @GeneratedValue @Nullable Long id, long periodId, int revisionNo, String reason,
                             @Nullable Long departmentId, @Nullable Long indicatorId, @Nullable BigDecimal oldValue,
                             @Nullable BigDecimal newValue, String createdByName,
                             @DateCreated(truncatedTo = ChronoUnit.SECONDS) @Nullable Instant createdAt) {
}
