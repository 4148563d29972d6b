package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/** One department's locked result in one revision. */
@MappedEntity("period_result")
public record PeriodResult(@Id @GeneratedValue @Nullable Long id, long revisionId, long departmentId, BigDecimal total,
                           int rankNo, Grade grade, boolean vetoed) {
}
