package org.sunshine.search;

import java.util.List;

/** One page of hits, best first: the ids to read from the database. */
public record Hits(List<Long> ids) {

    public static final Hits NONE = new Hits(List.of());

    public Hits {
        ids = List.copyOf(ids);
    }
}
