package org.sunshine.finding;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.security.SignedInUser;

/**
 * Which departments a social supervisor may file findings against, answered by the feature that knows their scope.
 * Inspectors file against any department.
 */
public interface FilingScope {

    boolean mayFile(SignedInUser supervisor, long departmentId, @Nullable Long keyAreaId);
}
