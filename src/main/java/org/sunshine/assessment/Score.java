package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/**
 * A value on a score sheet, in the indicator's units: points (MANUAL), occurrences (DEDUCTION, BONUS) or 1/0 (VETO),
 * with the reason and an optional web address as evidence.
 */
@MappedEntity("score")
public record Score(@Id @GeneratedValue @Nullable Long id, long sheetId, long indicatorId, BigDecimal value,
                    String reason, @Nullable String evidenceUrl) {
}
