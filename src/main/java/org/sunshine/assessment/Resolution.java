package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The lead inspector's ruling (裁定) on one indicator of one department before the lock — on a spread, or on an
 * objection upheld: the value that counts instead of the inspectors' mean, in the sheet's units, and why.
 */
@MappedEntity("score_resolution")
public record Resolution(@Id @GeneratedValue @Nullable Long id, long periodId, long departmentId, long indicatorId,
                         BigDecimal value, String reason, String resolvedByName, Instant resolvedAt) {
}
