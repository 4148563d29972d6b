package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/** An indicator of a locked result, as {@link DepartmentScore.IndicatorScore}. */
@MappedEntity("period_result_line")
public record ResultLine(@Id @GeneratedValue @Nullable Long id, long resultId, long indicatorId,
                         @Nullable BigDecimal value, DepartmentScore.Basis basis, int scorers, boolean spread,
                         @Nullable BigDecimal measured, @Nullable Integer volume) {
}
