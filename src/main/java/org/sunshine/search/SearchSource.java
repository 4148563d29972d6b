package org.sunshine.search;

import java.util.Collection;
import java.util.List;

/**
 * A kind of record the index holds, contributed by its feature: where its rows are, how a row becomes a document,
 * and which steps change it. Its reads run in a transaction the caller opened (or the step's own).
 */
public interface SearchSource {

    /** The kind's name in the index ({@code complaint}, {@code finding}, {@code request}). */
    String kind();

    /**
     * The tables whose {@code updated_at} says that a document changed: the record's own table first (whose
     * {@code id} is the document's), then any other (a finding's rectification).
     */
    List<Feed> feeds();

    /** The documents of these ids as the database has them now; an id without a row is left out. */
    List<IndexDoc> documents(Collection<Long> ids);

    /** The documents a step of a machine changed ({@link org.sunshine.workflow.StepTaken}); empty if none. */
    Collection<Long> touched(String machine, long recordId);

    /**
     * A table whose rows' {@code updated_at} marks a change of a document.
     *
     * @param table     the table, with an index on {@code updated_at}
     * @param documentId the column that holds the document's id ({@code id} for the record's own table)
     * @param where     a further condition on the rows, or empty ({@code subject_kind = 'finding'})
     */
    record Feed(String table, String documentId, String where) {

        public static Feed of(String table) {
            return new Feed(table, "id", "");
        }
    }
}
