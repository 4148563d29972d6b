package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An inspector assigned to score a department in a period (评分分工). */
@MappedEntity("period_assignment")
public record Assignment(@Id @GeneratedValue @Nullable Long id, long periodId, long departmentId, long inspectorId) {
}
