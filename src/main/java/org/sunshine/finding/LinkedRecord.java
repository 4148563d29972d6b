package org.sunshine.finding;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A disclosure record a finding is about (a late one, a dead link; attached by whoever files it), as the finding's
 * page shows it: read through {@link Lookup} and chosen through {@link Search}, which the package that keeps the
 * records answers, so that findings do not depend on it.
 */
public record LinkedRecord(long id, long departmentId, String title, String url, LocalDate formedOn,
                           LocalDate publishedOn, LocalDate dueOn, boolean late) {

    /** Finds a record by its id. */
    public interface Lookup {
        Optional<LinkedRecord> find(@Nullable Long recordId);
    }

    /** A record as a picker offers it: what a filer recognises it by. */
    public record Choice(long id, String title, String docNumber, LocalDate publishedOn, boolean late) {
    }

    /** Searches one department's records for the filing form's picker. */
    public interface Search {
        /**
         * The department's records whose title or 文号 holds {@code text} (blank for any), newest published first.
         */
        List<Choice> search(long departmentId, @Nullable String text, int offset, int limit);
    }
}
