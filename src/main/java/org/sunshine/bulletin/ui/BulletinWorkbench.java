package org.sunshine.bulletin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import jakarta.inject.Singleton;
import org.sunshine.calendar.DeadlineKind;
import org.sunshine.base.ui.DueItem;
import org.sunshine.base.ui.ListAddress;
import org.sunshine.base.ui.Queues;
import org.sunshine.base.ui.WorkbenchDeadlines;
import org.sunshine.base.ui.WorkbenchSection;
import org.sunshine.bulletin.BulletinQueries;
import org.sunshine.bulletin.BulletinQueries.Queue;
import org.sunshine.calendar.ui.DueBadge;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.List;
import java.util.Optional;

/**
 * The workbench's bulletins: for a department those to sign for and those with problems to rectify; for a leader
 * those waiting for a signature; for an inspector the drafts and signed bulletins to issue, and those with
 * rectification reports to verify — each opening the bulletins of that queue. A department's problem-list items also
 * join the workbench's list by deadline, one by one.
 */
@Singleton
class BulletinWorkbench implements WorkbenchSection, WorkbenchDeadlines {

    private final BulletinQueries bulletins;
    private final CurrentUser currentUser;

    BulletinWorkbench(BulletinQueries bulletins, CurrentUser currentUser) {
        this.bulletins = bulletins;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> section() {
        SignedInUser user = currentUser.require();
        Queues queues = new Queues("workbench-bulletins", "workbench.bulletins");
        if (user.is(Role.HANDLER)) {
            queue(queues, user, "workbench.stat.bulletinsToSign", Queue.TO_SIGN);
            queue(queues, user, "workbench.stat.problemsToRectify", Queue.TO_RECTIFY);
        } else if (user.is(Role.LEADER)) {
            queue(queues, user, "workbench.stat.bulletinsToSignOff", Queue.TO_SIGN_OFF);
        } else if (user.is(Role.INSPECTOR)) {
            queue(queues, user, "workbench.stat.bulletinsToIssue", Queue.TO_ISSUE);
            queue(queues, user, "workbench.stat.problemReportsToVerify", Queue.TO_VERIFY);
        } else {
            return Optional.empty();
        }
        return Optional.of(queues);
    }

    private void queue(Queues queues, SignedInUser user, String labelKey, Queue queue) {
        queues.add(labelKey, bulletins.list(user, queue).size(), ListAddress.href("bulletins", "queue", queue), "bulletins");
    }

    @Override
    public List<DueItem> nearest(int limit) {
        return bulletins.nearestDue(currentUser.require(), limit).stream().map(p -> {
            Span badge = DueBadge.of(DeadlineKind.RECTIFY, p.rectification().dueOn(), p.rectification().warning(),
                    p.rectification().calendarFallback());
            String reference = p.reference() != null ? p.reference()
                    : (p.bulletinNumber() == null ? "" : p.bulletinNumber() + " ")
                    + badge.getTranslation("workbench.problemSeq", p.seq());
            return new DueItem(p.rectification().dueOn(), badge.getTranslation("workbench.kind.problem"), reference,
                    p.text(), ProblemView.address(p.problemId()), badge);
        }).toList();
    }

    @Override
    public int order() {
        return 50;
    }
}
