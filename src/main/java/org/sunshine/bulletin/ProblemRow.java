package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.rectification.RectificationDetail;

/**
 * An item of a problem list with its department's name and, once the bulletin is issued, its rectification.
 *
 * @param findingId        the finding the item was copied from (source 监督意见), if any
 * @param findingReference that finding's reference (JD-2026-0841)
 */
public record ProblemRow(BulletinProblem problem, String departmentName, @Nullable RectificationDetail rectification,
                         @Nullable Long findingId, @Nullable String findingReference) {
}
