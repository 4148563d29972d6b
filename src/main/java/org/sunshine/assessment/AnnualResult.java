package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/** One department's locked annual result in one revision. */
@MappedEntity("annual_result")
public record AnnualResult(@Id @GeneratedValue @Nullable Long id, long revisionId, long departmentId, int periods,
                           BigDecimal base, int commendations, int criticisms, BigDecimal effect, BigDecimal total,
                           int rankNo, Grade grade, boolean vetoed) {
}
