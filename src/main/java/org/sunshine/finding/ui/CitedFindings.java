package org.sunshine.finding.ui;

import org.sunshine.finding.FindingQueries;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The references of the findings a screen of another feature cites (a monitored item, a dead link), read once a page
 * of rows at a time and kept for the screen's life. Not a bean: each screen makes its own.
 */
public final class CitedFindings {

    private final FindingQueries queries;
    private final Map<Long, String> known = new ConcurrentHashMap<>();

    public CitedFindings(FindingQueries queries) {
        this.queries = queries;
    }

    /** Reads the references of the findings these rows cite, in one query; returns the rows. */
    public <T> List<T> read(List<T> rows, Function<T, Long> findingId) {
        List<Long> missing = rows.stream().map(findingId).filter(Objects::nonNull).filter(id -> !known.containsKey(id))
                .distinct().toList();
        known.putAll(queries.references(missing));
        return rows;
    }

    /** A finding's reference (read now if no page brought it). */
    public String of(long id) {
        return known.computeIfAbsent(id, i -> queries.reference(i).orElse(String.valueOf(i)));
    }
}
