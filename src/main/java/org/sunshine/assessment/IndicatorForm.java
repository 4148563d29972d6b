package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/**
 * A level-2 indicator as the editor saves it ({@code id == null}: a new one, added last in its category).
 *
 * @param maxPoints     MANUAL and AUTO: full marks; DEDUCTION and BONUS: the cap; VETO: none
 * @param perOccurrence DEDUCTION and BONUS: points per occurrence
 */
public record IndicatorForm(@Nullable Long id, Long categoryId, String name, @Nullable IndicatorKind kind,
                            @Nullable BigDecimal maxPoints, @Nullable BigDecimal perOccurrence,
                            @Nullable Metric metric, String guidance) {
}
