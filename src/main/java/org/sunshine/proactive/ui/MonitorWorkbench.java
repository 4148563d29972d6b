package org.sunshine.proactive.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import jakarta.inject.Singleton;
import org.sunshine.calendar.DeadlineKind;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ui.DueItem;
import org.sunshine.base.ui.Queues;
import org.sunshine.base.ui.WorkbenchDeadlines;
import org.sunshine.base.ui.WorkbenchSection;
import org.sunshine.calendar.ui.DueBadge;
import org.sunshine.proactive.CadenceWatch;
import org.sunshine.proactive.LateRecords;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The workbench's 主动公开 warnings: items overdue and due soon, and the year's late records — a handler's own
 * department's, an inspector's the city's; each tile opens the monitor, whose list of that name shows exactly those.
 * A department's overdue and due-soon items also join the workbench's list by deadline.
 */
@Singleton
class MonitorWorkbench implements WorkbenchSection, WorkbenchDeadlines {

    private static final String MONITOR = "/disclosure/monitor";

    private final CadenceWatch watch;
    private final LateRecords lateRecords;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    MonitorWorkbench(CadenceWatch watch, LateRecords lateRecords, CurrentUser currentUser, BusinessClock clock) {
        this.watch = watch;
        this.lateRecords = lateRecords;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Optional<Component> section() {
        SignedInUser user = currentUser.require();
        if (!(user.is(Role.INSPECTOR) || (user.is(Role.HANDLER) && user.departmentId() != null))) {
            return Optional.empty();
        }
        CadenceWatch.Counts counts = watch.counts(user);
        long late = lateRecords.count(new LateRecords.Filter(clock.today().getYear(), null), user);
        Queues queues = new Queues("workbench-disclosure-monitor", "workbench.disclosureMonitor");
        queues.overdue("workbench.stat.itemsOverdue", counts.overdue(), MONITOR, "monitor-overdue")
                .add("workbench.stat.itemsDueSoon", counts.dueSoon(), MONITOR, "monitor-soon")
                .add("workbench.stat.lateRecords", late, MONITOR, "monitor-late");
        return Optional.of(queues);
    }

    @Override
    public List<DueItem> nearest(int limit) {
        SignedInUser user = currentUser.require();
        if (!user.is(Role.HANDLER) || user.departmentId() == null) {
            return List.of();
        }
        return watch.misses(null, user).stream().sorted(Comparator.comparing(CadenceWatch.Miss::dueOn)).limit(limit)
                .map(m -> {
                    Span badge = DueBadge.of(DeadlineKind.PUBLISH, m.dueOn(), m.warning(), false);
                    return new DueItem(m.dueOn(), badge.getTranslation("workbench.kind.disclosureItem"),
                            MonitorRows.text(badge, m.window()), m.seqNo() + ". " + m.itemTitle(), MONITOR, badge);
                }).toList();
    }

    @Override
    public int order() {
        return 16;
    }
}
