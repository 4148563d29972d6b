package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.rectification.RectificationDetail;

/**
 * An item of a problem list with its department's name and, once the bulletin is issued, its rectification.
 */
public record ProblemRow(BulletinProblem problem, String departmentName, @Nullable RectificationDetail rectification) {
}
