package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import jakarta.inject.Singleton;
import org.sunshine.base.ui.StatCard;
import org.sunshine.base.ui.WorkbenchSection;
import org.sunshine.calendar.Warning;
import org.sunshine.inforequest.RequestFilter;
import org.sunshine.inforequest.RequestQueries;
import org.sunshine.inforequest.RequestState;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.Optional;
import java.util.Set;

/** The workbench's applications for information: to register, in hand, due soon, overdue (own organ, or all). */
@Singleton
class RequestWorkbench implements WorkbenchSection {

    private static final String LIST = "/disclosure/requests";

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
        Div stats = new Div();
        stats.addClassName("card-grid");
        stats.setId("workbench-info-requests");
        stats.add(StatCard.of(stats, "workbench.stat.requestsToRegister",
                        count(user, Set.of(RequestState.SUBMITTED), null), LIST + "?state=SUBMITTED"),
                StatCard.of(stats, "workbench.stat.requestsHandling",
                        count(user, RequestFilter.OPEN, null), LIST + "?state=open"),
                StatCard.of(stats, "workbench.stat.requestsDueSoon",
                        count(user, RequestFilter.OPEN, Warning.YELLOW), LIST + "?state=open&warning=YELLOW"),
                StatCard.of(stats, "workbench.stat.requestsOverdue",
                        count(user, RequestFilter.OPEN, Warning.RED), LIST + "?state=open&warning=RED"));
        return Optional.of(stats);
    }

    private long count(SignedInUser user, Set<RequestState> states, Warning warning) {
        return queries.count(RequestFilter.ALL.withStates(states).withWarning(warning), user);
    }

    @Override
    public int order() {
        return 15;
    }
}
