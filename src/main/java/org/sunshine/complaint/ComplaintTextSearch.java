package org.sunshine.complaint;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import org.sunshine.calendar.Warning;
import org.sunshine.search.Condition;
import org.sunshine.search.Highlight;
import org.sunshine.search.Hits;
import org.sunshine.search.TextQuery;
import org.sunshine.search.TextSearch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import static org.sunshine.complaint.ComplaintSearchSource.ACCEPT_DUE;
import static org.sunshine.complaint.ComplaintSearchSource.AREA;
import static org.sunshine.complaint.ComplaintSearchSource.DEPARTMENT;
import static org.sunshine.complaint.ComplaintSearchSource.HANDLE_DUE;
import static org.sunshine.complaint.ComplaintSearchSource.STATE;

/**
 * The complaint lists' word search: the list's filter (the viewer's scope included) as the index reads it, the same
 * conditions as {@code ComplaintQueries.specification}; hits ranked, read again from the database by id, with the
 * searched words marked. A whole tracking code is no word search: the list finds it by its unique key.
 */
@Singleton
class ComplaintTextSearch {

    private static final Pattern TRACKING_CODE = Pattern.compile("\\d{8}-\\d{6}");
    private static final int SNIPPET = 80;

    private final TextSearch search;
    private final ComplaintRepository complaints;
    private final ComplaintDeadlines deadlines;

    ComplaintTextSearch(TextSearch search, ComplaintRepository complaints, ComplaintDeadlines deadlines) {
        this.search = search;
        this.complaints = complaints;
        this.deadlines = deadlines;
    }

    static boolean isTrackingCode(String text) {
        return text != null && TRACKING_CODE.matcher(text.strip()).matches();
    }

    /** Whether the filter's text is a word search (not a tracking code, not blank). */
    static boolean wanted(ComplaintFilter filter) {
        return filter.text() != null && !filter.text().isBlank() && !isTrackingCode(filter.text());
    }

    /** Whether the index can answer now; while it is being built, a list says so. */
    boolean ready() {
        return search.ready();
    }

    Page<ComplaintRow> page(ComplaintFilter scoped, int page, int size,
                            BiFunction<Complaint, Highlight, ComplaintRow> row) {
        TextQuery query = query(scoped);
        Hits hits = search.find(query, page * size, size);
        Map<Long, Complaint> found = new HashMap<>();
        if (!hits.ids().isEmpty()) {
            complaints.findByIdInList(hits.ids()).forEach(c -> found.put(c.getId(), c));
        }
        List<ComplaintRow> rows = new ArrayList<>();
        List<Long> gone = new ArrayList<>();
        for (long id : hits.ids()) {
            Complaint c = found.get(id);
            if (c == null) {
                gone.add(id);
            } else {
                rows.add(row.apply(c, highlight(scoped.text(), c)));
            }
        }
        search.forget(ComplaintSearchSource.KIND, gone);
        return Page.of(rows, Pageable.from(page, size), null);
    }

    long count(ComplaintFilter scoped) {
        return search.count(query(scoped));
    }

    private Highlight highlight(String text, Complaint c) {
        var snippet = search.snippet(text, c.getContent(), SNIPPET);
        if (snippet.isEmpty() && c.getReplyText() != null) {
            snippet = search.snippet(text, c.getReplyText(), SNIPPET);
        }
        return new Highlight(search.marks(text, c.getSubject()), snippet);
    }

    private TextQuery query(ComplaintFilter filter) {
        List<Condition> all = new ArrayList<>();
        if (filter.states() != null && !filter.states().isEmpty()) {
            all.add(Condition.in(STATE, filter.states()));
        }
        if (filter.departmentId() != null) {
            all.add(Condition.is(DEPARTMENT, filter.departmentId()));
        }
        if (filter.keyAreaId() != null) {
            all.add(Condition.is(AREA, filter.keyAreaId()));
        }
        if (filter.warning() != null) {
            all.add(warning(filter.warning(), deadlines.today(), deadlines.yellowUntil()));
        }
        return new TextQuery(ComplaintSearchSource.KIND, filter.text(), Condition.all(all));
    }

    /** The warnings of {@code ComplaintQueries.specification}: the acceptance clock before routing, then the handling one. */
    private static Condition warning(Warning warning, LocalDate today, LocalDate yellowUntil) {
        long t = today.toEpochDay();
        long y = yellowUntil.toEpochDay();
        Condition beforeRouting = Condition.in(STATE, ComplaintQueries.BEFORE_ROUTING);
        Condition withDepartment = Condition.in(STATE, ComplaintQueries.WITH_DEPARTMENT);
        return switch (warning) {
            case RED -> Condition.any(
                    Condition.all(beforeRouting, Condition.between(ACCEPT_DUE, null, t - 1)),
                    Condition.all(withDepartment, Condition.between(HANDLE_DUE, null, t - 1)));
            case YELLOW -> Condition.any(
                    Condition.all(beforeRouting, Condition.between(ACCEPT_DUE, t, y)),
                    Condition.all(withDepartment, Condition.between(HANDLE_DUE, t, y)));
            case NONE -> Condition.any(
                    Condition.in(STATE, ComplaintQueries.OFF_THE_CLOCK),
                    Condition.all(beforeRouting, Condition.between(ACCEPT_DUE, y + 1, null)),
                    Condition.all(withDepartment, Condition.between(HANDLE_DUE, y + 1, null)));
        };
    }
}
