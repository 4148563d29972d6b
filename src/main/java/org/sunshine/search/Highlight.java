package org.sunshine.search;

import java.util.List;

/**
 * What a list shows of a hit: its title with the searched words marked, and a short piece of its longer texts where
 * they matched (empty when only the title did).
 */
public record Highlight(List<Segment> title, List<Segment> snippet) {

    public Highlight {
        title = List.copyOf(title);
        snippet = List.copyOf(snippet);
    }
}
