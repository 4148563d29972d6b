package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.sunshine.assessment.Grade;

import java.math.BigDecimal;

/** A department commended or criticized by a bulletin, with its place in the locked results and why it is listed. */
@MappedEntity("bulletin_department")
public record BulletinDepartment(@Id @GeneratedValue @Nullable Long id, long bulletinId, long departmentId,
                                 DepartmentRole role, @Nullable BigDecimal total, @Nullable Integer rankNo,
                                 @Nullable Grade grade, String reason) {
}
