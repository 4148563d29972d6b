package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A department assessed in a period; once the result is published, it may accept it (确认无异议). */
@MappedEntity("period_department")
public record PeriodDepartment(@Id @GeneratedValue @Nullable Long id, long periodId, long departmentId,
                               @Nullable Instant acceptedAt, @Nullable String acceptedByName) {

    PeriodDepartment accepted(Instant at, String by) {
        return new PeriodDepartment(id, periodId, departmentId, at, by);
    }
}
