package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/** A category of a locked result, as {@link DepartmentScore.CategoryScore}. */
@MappedEntity("period_result_category")
public record ResultCategory(@Id @GeneratedValue @Nullable Long id, long resultId, long categoryId, boolean rated,
                             BigDecimal weight, BigDecimal earned, BigDecimal deductions, BigDecimal bonuses,
                             BigDecimal score) {
}
