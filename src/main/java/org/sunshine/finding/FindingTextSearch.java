package org.sunshine.finding;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.sunshine.rectification.Subject;
import org.sunshine.search.Segment;
import org.sunshine.rectification.RectificationDeadlines;
import org.sunshine.search.Condition;
import org.sunshine.search.Highlight;
import org.sunshine.search.Hits;
import org.sunshine.search.TextQuery;
import org.sunshine.search.TextSearch;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.sql.ResultSet;

import static org.sunshine.finding.FindingSearchSource.DEPARTMENT;
import static org.sunshine.finding.FindingSearchSource.DUE;
import static org.sunshine.finding.FindingSearchSource.FILED_BY;
import static org.sunshine.finding.FindingSearchSource.ISSUE;
import static org.sunshine.finding.FindingSearchSource.MARKED;
import static org.sunshine.finding.FindingSearchSource.SEVERITY;
import static org.sunshine.finding.FindingSearchSource.SOURCE;
import static org.sunshine.finding.FindingSearchSource.STAGE;
import static org.sunshine.finding.FindingSearchSource.STATE;

/**
 * The finding lists' word search: who may see what and the list's filter as the index reads them, the same
 * conditions as {@code FindingQueries.specification}; hits ranked (the description above a report), read again from
 * the {@code finding_list} view by id. A whole reference (JD-2026-0841) is no word search: its unique key finds it.
 */
@Singleton
class FindingTextSearch {

    private static final Pattern REFERENCE = Pattern.compile("(?i)JD-\\d{4}-\\d{4,}");
    private static final int SNIPPET = 80;

    private final TextSearch search;
    private final FindingListRepository list;
    private final RectificationDeadlines deadlines;
    private final BusinessClock clock;
    private final JdbcOperations jdbc;

    FindingTextSearch(TextSearch search, FindingListRepository list, RectificationDeadlines deadlines, BusinessClock clock,
                      JdbcOperations jdbc) {
        this.jdbc = jdbc;
        this.search = search;
        this.list = list;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    static boolean isReference(String text) {
        return text != null && REFERENCE.matcher(text.strip()).matches();
    }

    static String reference(String text) {
        return text.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Whether a filter has a text: such a list is read through {@code FindingQueries.search} and {@code count}, by
     * words ({@link #wanted}) or by a whole reference.
     */
    static boolean hasText(FindingFilter filter) {
        return filter.text() != null && !filter.text().isBlank();
    }

    static boolean wanted(FindingFilter filter) {
        return hasText(filter) && !isReference(filter.text());
    }

    boolean ready() {
        return search.ready();
    }

    Page<FindingRow> page(FindingFilter filter, SignedInUser viewer, int page, int size,
                          BiFunction<FindingListItem, Highlight, FindingRow> row) {
        Hits hits = search.find(query(filter, viewer), page * size, size);
        Map<Long, FindingListItem> found = new HashMap<>();
        if (!hits.ids().isEmpty()) {
            list.findByIdInList(hits.ids()).forEach(f -> found.put(f.id(), f));
        }
        Map<Long, List<Segment>> descriptions = new HashMap<>();
        found.values().forEach(f -> descriptions.put(f.id(), search.marks(filter.text(), f.description())));
        Map<Long, List<Segment>> reports = reportSnippets(filter.text(), descriptions);
        List<FindingRow> rows = new ArrayList<>();
        List<Long> gone = new ArrayList<>();
        for (long id : hits.ids()) {
            FindingListItem f = found.get(id);
            if (f == null) {
                gone.add(id);
            } else {
                rows.add(row.apply(f, new Highlight(descriptions.get(id), reports.getOrDefault(id, List.of()))));
            }
        }
        search.forget(FindingSearchSource.KIND, gone);
        return Page.of(rows, Pageable.from(page, size), null);
    }

    long count(FindingFilter filter, SignedInUser viewer) {
        return search.count(query(filter, viewer));
    }

    private TextQuery query(FindingFilter filter, SignedInUser viewer) {
        List<Condition> all = new ArrayList<>();
        if (viewer.is(Role.HANDLER) && viewer.departmentId() != null) {
            all.add(Condition.is(DEPARTMENT, viewer.departmentId()));
            all.add(Condition.in(STATE, FindingQueries.CONFIRMED));
        } else if (viewer.is(Role.SUPERVISOR)) {
            all.add(Condition.is(FILED_BY, viewer.id()));
        } else if (!viewer.is(Role.INSPECTOR) && !viewer.is(Role.LEADER)) {
            throw new DomainException("error.notAllowed");
        }
        if (filter.stages() != null && !filter.stages().isEmpty()) {
            all.add(Condition.in(STAGE, filter.stages()));
        }
        if (filter.departmentId() != null) {
            all.add(Condition.is(DEPARTMENT, filter.departmentId()));
        }
        if (filter.issueType() != null) {
            all.add(Condition.is(ISSUE, filter.issueType()));
        }
        if (filter.severity() != null) {
            all.add(Condition.is(SEVERITY, filter.severity()));
        }
        if (filter.source() != null) {
            all.add(Condition.is(SOURCE, filter.source()));
        }
        if (filter.marked()) {
            all.add(Condition.is(MARKED, "1"));
        }
        if (filter.warning() != null) {
            long today = clock.today().toEpochDay();
            long yellowUntil = deadlines.yellowUntil().toEpochDay();
            Condition onTheClock = Condition.in(STAGE, FindingQueries.ON_THE_CLOCK);
            all.add(switch (filter.warning()) {
                case RED -> Condition.all(onTheClock, Condition.between(DUE, null, today - 1));
                case YELLOW -> Condition.all(onTheClock, Condition.between(DUE, today, yellowUntil));
                case NONE -> Condition.any(Condition.not(onTheClock), Condition.between(DUE, yellowUntil + 1, null));
            });
        }
        return new TextQuery(FindingSearchSource.KIND, filter.text(), Condition.all(all));
    }

    /** Where a report matched, for the hits whose description did not: the list's second line. */
    private Map<Long, List<Segment>> reportSnippets(String text, Map<Long, List<Segment>> descriptions) {
        List<Long> wanted = descriptions.entrySet().stream()
                .filter(e -> e.getValue().stream().noneMatch(Segment::marked)).map(Map.Entry::getKey).toList();
        Map<Long, List<Segment>> snippets = new HashMap<>();
        if (wanted.isEmpty()) {
            return snippets;
        }
        String in = wanted.stream().map(id -> "?").collect(Collectors.joining(","));
        jdbc.prepareStatement("SELECT r.subject_id, x.text FROM rectification_report x JOIN rectification r "
                + "ON r.id = x.rectification_id WHERE r.subject_kind = ? AND r.subject_id IN (" + in + ") ORDER BY x.id", s -> {
            s.setString(1, Subject.FINDING);
            int i = 2;
            for (long id : wanted) {
                s.setLong(i++, id);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    if (!snippets.containsKey(id)) {
                        List<Segment> snippet = search.snippet(text, r.getString(2), SNIPPET);
                        if (!snippet.isEmpty()) {
                            snippets.put(id, snippet);
                        }
                    }
                }
            }
            return null;
        });
        return snippets;
    }
}
