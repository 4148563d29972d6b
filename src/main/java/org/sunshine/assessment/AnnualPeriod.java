package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/** A locked period rolled up into an annual assessment, with its weight. */
@MappedEntity("annual_period")
public record AnnualPeriod(@Id @GeneratedValue @Nullable Long id, long annualId, long periodId, BigDecimal weight) {

    AnnualPeriod weighing(BigDecimal newWeight) {
        return new AnnualPeriod(id, annualId, periodId, newWeight);
    }
}
