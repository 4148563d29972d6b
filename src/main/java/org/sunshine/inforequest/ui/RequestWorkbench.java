package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import jakarta.inject.Singleton;
import org.sunshine.base.ui.DueItem;
import org.sunshine.base.ui.Queues;
import org.sunshine.base.ui.WorkbenchDeadlines;
import org.sunshine.base.ui.WorkbenchSection;
import org.sunshine.calendar.Warning;
import org.sunshine.inforequest.RequestFilter;
import org.sunshine.inforequest.RequestQueries;
import org.sunshine.inforequest.RequestState;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The workbench's applications for information: to register, in hand, due soon, overdue (own organ, or all), each
 * opening the list filtered to exactly those. A department's open applications also join the list by deadline.
 */
@Singleton
class RequestWorkbench implements WorkbenchSection, WorkbenchDeadlines {

    private static final String LIST = "/disclosure/requests";
    private static final String GRID = "info-requests";

    private final RequestQueries queries;
    private final CurrentUser currentUser;

    RequestWorkbench(RequestQueries queries, CurrentUser currentUser) {
        this.queries = queries;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> section() {
        SignedInUser user = currentUser.require();
        if (!user.is(Role.HANDLER) && !user.is(Role.INSPECTOR)) {
            return Optional.empty();
        }
        Queues queues = new Queues("workbench-info-requests", "workbench.infoRequests");
        queues.add("workbench.stat.requestsToRegister", count(user, Set.of(RequestState.SUBMITTED), null),
                        LIST + "?state=SUBMITTED", GRID)
                .add("workbench.stat.requestsHandling", count(user, RequestFilter.OPEN, null), LIST + "?state=open", GRID)
                .add("workbench.stat.requestsDueSoon", count(user, RequestFilter.OPEN, Warning.YELLOW),
                        LIST + "?state=open&warning=YELLOW", GRID)
                .overdue("workbench.stat.requestsOverdue", count(user, RequestFilter.OPEN, Warning.RED),
                        LIST + "?state=open&warning=RED", GRID);
        return Optional.of(queues);
    }

    private long count(SignedInUser user, Set<RequestState> states, Warning warning) {
        return queries.count(RequestFilter.ALL.withStates(states).withWarning(warning), user);
    }

    /** A department's open applications with a deadline running, the nearest first (the list sorts by it). */
    @Override
    public List<DueItem> nearest(int limit) {
        SignedInUser user = currentUser.require();
        if (!user.is(Role.HANDLER) || user.departmentId() == null) {
            return List.of();
        }
        return queries.search(RequestFilter.ALL.withStates(RequestFilter.OPEN), user, 0, limit).stream()
                .filter(r -> r.due() != null).map(r -> {
                    Span badge = RequestBadges.due(r);
                    return new DueItem(r.due(), badge.getTranslation("workbench.kind.infoRequest"), r.requestNo(),
                            r.description(), LIST + "/" + r.id(), badge);
                }).toList();
    }

    @Override
    public int order() {
        return 15;
    }
}
