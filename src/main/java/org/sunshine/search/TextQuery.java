package org.sunshine.search;

import io.micronaut.core.annotation.Nullable;

/**
 * A search of one kind of record: the words typed, and the list's filter (the viewer's scope included).
 *
 * @param filter null: every record of the kind
 */
public record TextQuery(String kind, String text, @Nullable Condition filter) {
}
