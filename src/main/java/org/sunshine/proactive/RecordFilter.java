package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * A search of the list of records; {@code null} means any. A handler's search is always narrowed to their own
 * department ({@link RecordQueries}).
 *
 * @param from        published on or after
 * @param to          published on or before
 * @param lateOnly    only the records published after their deadline
 * @param text        part of the title or of the 文号
 * @param importBatch the records of one import (the import's result links to them)
 */
public record RecordFilter(@Nullable Long departmentId, @Nullable RecordCategory category, @Nullable Long itemId,
                           @Nullable LocalDate from, @Nullable LocalDate to, boolean lateOnly,
                           @Nullable LinkState linkState, @Nullable String text, @Nullable String importBatch) {

    public static final RecordFilter ALL = new RecordFilter(null, null, null, null, null, false, null, null, null);

    RecordFilter withDepartment(@Nullable Long wanted) {
        return new RecordFilter(wanted, category, itemId, from, to, lateOnly, linkState, text, importBatch);
    }
}
