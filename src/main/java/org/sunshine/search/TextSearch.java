package org.sunshine.search;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Full-text search of the staff lists: hits ranked by relevance (BM25, a subject's match above a reply's), counted
 * exactly, limited by a list's filter; the matched words to mark in what a list shows.
 */
public interface TextSearch {

    /** The longest search text taken; the rest is ignored. */
    int MAX_TEXT = 100;

    /** Whether the text is something to search for: words, not only spaces or punctuation. */
    boolean searchable(String text);

    /**
     * Whether searches can be answered: false while the first index of this node is being built (a list then says so
     * instead of showing no hits).
     */
    boolean ready();

    /** How far the index being built is, 0–100; 100 when none is. */
    int buildProgress();

    /** One page of hits, best first ({@code offset} from 0); nothing while not {@link #ready()}. */
    Hits find(TextQuery query, int offset, int limit);

    /** How many records match, exactly; 0 while not {@link #ready()}. */
    long count(TextQuery query);

    /** A text with every searched word marked. */
    List<Segment> marks(String searched, String text);

    /** A piece of about {@code length} characters of the text around its first searched word; empty if none is there. */
    List<Segment> snippet(String searched, String text, int length);

    /** Records a search found that the database no longer has: they leave the index. */
    void forget(String kind, Collection<Long> ids);

    /**
     * Waits until the index is built and holds every change committed before the call (tests, the benchmark);
     * false if that took longer than {@code timeout}.
     */
    boolean awaitCurrent(Duration timeout);
}
