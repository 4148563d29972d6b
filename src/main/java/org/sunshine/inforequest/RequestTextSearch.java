package org.sunshine.inforequest;

import jakarta.inject.Singleton;
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
import java.util.Set;
import java.util.function.BiFunction;

import static org.sunshine.inforequest.RequestSearchSource.APPLICANT_KIND;
import static org.sunshine.inforequest.RequestSearchSource.ARRIVED;
import static org.sunshine.inforequest.RequestSearchSource.CHANNEL;
import static org.sunshine.inforequest.RequestSearchSource.DEPARTMENT;
import static org.sunshine.inforequest.RequestSearchSource.LATE;
import static org.sunshine.inforequest.RequestSearchSource.REGISTER_DUE;
import static org.sunshine.inforequest.RequestSearchSource.REPLY_DUE;
import static org.sunshine.inforequest.RequestSearchSource.RESULT;
import static org.sunshine.inforequest.RequestSearchSource.STATE;

/**
 * The application lists' word search: the list's filter (already limited to the viewer's organ) as the index reads
 * it, the same conditions as {@link RequestSearch}; hits ranked, read again from the database by id, the searched
 * words marked in the description. An application number is no word search: its unique key finds it.
 */
@Singleton
class RequestTextSearch {

    private static final Set<RequestState> ON_CLOCK = Set.of(RequestState.REGISTERED, RequestState.EXTENSION_REQUESTED);

    private final TextSearch search;
    private final RequestRepository requests;

    RequestTextSearch(TextSearch search, RequestRepository requests) {
        this.search = search;
        this.requests = requests;
    }

    static boolean wanted(RequestFilter filter) {
        return filter.text() != null && !filter.text().isBlank() && !RequestSearch.isNumber(filter.text());
    }

    boolean ready() {
        return search.ready();
    }

    List<RequestRow> page(RequestFilter scoped, LocalDate today, LocalDate yellowUntil, int page, int size,
                          BiFunction<InfoRequest, Highlight, RequestRow> row) {
        Hits hits = search.find(query(scoped, today, yellowUntil), page * size, size);
        Map<Long, InfoRequest> found = new HashMap<>();
        if (!hits.ids().isEmpty()) {
            requests.findByIdInList(hits.ids()).forEach(r -> found.put(r.getId(), r));
        }
        List<RequestRow> rows = new ArrayList<>();
        List<Long> gone = new ArrayList<>();
        for (long id : hits.ids()) {
            InfoRequest r = found.get(id);
            if (r == null) {
                gone.add(id);
            } else {
                rows.add(row.apply(r, new Highlight(search.marks(scoped.text(), r.getDescription()), List.of())));
            }
        }
        search.forget(RequestSearchSource.KIND, gone);
        return rows;
    }

    long count(RequestFilter scoped, LocalDate today, LocalDate yellowUntil) {
        return search.count(query(scoped, today, yellowUntil));
    }

    private TextQuery query(RequestFilter filter, LocalDate today, LocalDate yellowUntil) {
        List<Condition> all = new ArrayList<>();
        if (filter.departmentId() != null) {
            all.add(Condition.is(DEPARTMENT, filter.departmentId()));
        }
        if (!filter.states().isEmpty()) {
            all.add(Condition.in(STATE, filter.states()));
        }
        if (filter.warning() != null) {
            long t = today.toEpochDay();
            long y = yellowUntil.toEpochDay();
            Condition submitted = Condition.is(STATE, RequestState.SUBMITTED);
            Condition onClock = Condition.in(STATE, ON_CLOCK);
            all.add(switch (filter.warning()) {
                case RED -> Condition.any(Condition.all(submitted, Condition.between(REGISTER_DUE, null, t - 1)),
                        Condition.all(onClock, Condition.between(REPLY_DUE, null, t - 1)));
                case YELLOW -> Condition.any(Condition.all(submitted, Condition.between(REGISTER_DUE, t, y)),
                        Condition.all(onClock, Condition.between(REPLY_DUE, t, y)));
                case NONE -> Condition.any(Condition.not(Condition.any(submitted, onClock)),
                        Condition.all(submitted, Condition.not(Condition.between(REGISTER_DUE, null, y))),
                        Condition.all(onClock, Condition.not(Condition.between(REPLY_DUE, null, y))));
            });
        }
        if (filter.lateOnly()) {
            all.add(Condition.is(LATE, "1"));
        }
        if (filter.channel() != null) {
            all.add(Condition.is(CHANNEL, filter.channel()));
        }
        if (filter.applicantKind() != null) {
            all.add(Condition.is(APPLICANT_KIND, filter.applicantKind()));
        }
        if (filter.result() != null) {
            all.add(Condition.is(RESULT, filter.result()));
        }
        if (filter.from() != null || filter.to() != null) {
            all.add(Condition.between(ARRIVED, filter.from() == null ? null : filter.from().toEpochDay(),
                    filter.to() == null ? null : filter.to().toEpochDay()));
        }
        return new TextQuery(RequestSearchSource.KIND, filter.text(), Condition.all(all));
    }
}
