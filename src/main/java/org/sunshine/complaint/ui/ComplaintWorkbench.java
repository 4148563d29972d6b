package org.sunshine.complaint.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import org.sunshine.base.ui.DueItem;
import org.sunshine.base.ui.ListAddress;
import org.sunshine.base.ui.Queues;
import org.sunshine.base.ui.WorkbenchDeadlines;
import org.sunshine.base.ui.WorkbenchSection;
import org.sunshine.calendar.Warning;
import org.sunshine.complaint.ComplaintFilter;
import org.sunshine.complaint.ComplaintQueries;
import org.sunshine.complaint.ComplaintState;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The workbench's complaints. An inspector: 待受理, 待分派, returns and extensions to decide, overdue and due soon;
 * a leader: overdue and due soon; a department: to receive, in hand, overdue and due soon — each opening the queue
 * filtered to exactly those. A department's complaints also join the workbench's list by deadline.
 */
@Singleton
class ComplaintWorkbench implements WorkbenchSection, WorkbenchDeadlines {

    static final String LIST = "complaints";
    static final String GRID = "complaints";
    static final Set<ComplaintState> TO_DECIDE = EnumSet.of(ComplaintState.RETURN_REQUESTED, ComplaintState.EXTENSION_REQUESTED);
    static final Set<ComplaintState> IN_HAND = EnumSet.of(ComplaintState.IN_PROGRESS, ComplaintState.REOPENED,
            ComplaintState.EXTENSION_REQUESTED, ComplaintState.RETURN_REQUESTED);

    private final ComplaintQueries queries;
    private final CurrentUser currentUser;

    ComplaintWorkbench(ComplaintQueries queries, CurrentUser currentUser) {
        this.queries = queries;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> section() {
        SignedInUser user = currentUser.require();
        Queues queues = new Queues("workbench-complaints", "workbench.complaints");
        if (user.is(Role.INSPECTOR)) {
            queue(queues, user, "workbench.stat.complaintsToAccept", EnumSet.of(ComplaintState.SUBMITTED));
            queue(queues, user, "workbench.stat.complaintsToAssign", EnumSet.of(ComplaintState.ACCEPTED));
            queue(queues, user, "workbench.stat.complaintsToDecide", TO_DECIDE);
        } else if (user.is(Role.HANDLER) && user.departmentId() != null) {
            queue(queues, user, "workbench.stat.complaintsToReceive", EnumSet.of(ComplaintState.ASSIGNED));
            queue(queues, user, "workbench.stat.complaintsInHand", IN_HAND);
        } else if (!user.is(Role.LEADER)) {
            return Optional.empty();
        }
        queues.overdue("workbench.stat.complaintsOverdue", count(user, Set.of(), Warning.RED),
                ListAddress.href(LIST, "warning", Warning.RED), GRID);
        queues.add("workbench.stat.complaintsDueSoon", count(user, Set.of(), Warning.YELLOW),
                ListAddress.href(LIST, "warning", Warning.YELLOW), GRID);
        return Optional.of(queues);
    }

    private void queue(Queues queues, SignedInUser user, String labelKey, Set<ComplaintState> states) {
        queues.add(labelKey, count(user, states, null), ListAddress.href(LIST, "state", states), GRID);
    }

    private long count(SignedInUser user, Set<ComplaintState> states, Warning warning) {
        return queries.count(new ComplaintFilter(states, null, null, warning, null), user);
    }

    @Override
    public List<DueItem> nearest(int limit) {
        SignedInUser user = currentUser.require();
        return queries.nearestDue(user, limit).stream().map(r -> {
            var badge = Badges.due(r);
            return new DueItem(r.due(), badge.getTranslation("workbench.kind.complaint"), r.trackingCode(), r.subject(),
                    "/complaints/" + r.id(), badge);
        }).toList();
    }

    @Override
    public int order() {
        return 10;
    }
}
