package org.sunshine.finding;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A disclosure record a finding is about (a late one, a dead link), as the finding's page shows it: read through
 * {@link Lookup}, which the package that keeps the records answers, so that findings do not depend on it.
 */
public record LinkedRecord(long id, long departmentId, String title, String url, LocalDate formedOn,
                           LocalDate publishedOn, LocalDate dueOn, boolean late) {

    /** Finds a record by its id. */
    public interface Lookup {
        Optional<LinkedRecord> find(@Nullable Long recordId);
    }
}
