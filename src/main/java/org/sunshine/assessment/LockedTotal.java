package org.sunshine.assessment;

import io.micronaut.core.annotation.Introspected;

import java.math.BigDecimal;

/** A department's total in the revision in force of a locked period: for the annual roll-up and the score trend. */
@Introspected
public record LockedTotal(long periodId, long departmentId, BigDecimal total, boolean vetoed) {
}
