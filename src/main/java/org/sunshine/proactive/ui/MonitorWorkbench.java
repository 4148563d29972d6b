package org.sunshine.proactive.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ui.StatCard;
import org.sunshine.base.ui.WorkbenchSection;
import org.sunshine.proactive.CadenceWatch;
import org.sunshine.proactive.LateRecords;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.Optional;

/**
 * The workbench's 主动公开 warnings: items overdue and due soon, and the year's late records — a handler's own
 * department's, an inspector's the city's; each card opens the monitor.
 */
@Singleton
class MonitorWorkbench implements WorkbenchSection {

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
        Div stats = new Div();
        stats.addClassName("card-grid");
        stats.setId("workbench-disclosure-monitor");
        stats.add(StatCard.of(stats, "workbench.stat.itemsOverdue", counts.overdue(), MONITOR),
                StatCard.of(stats, "workbench.stat.itemsDueSoon", counts.dueSoon(), MONITOR),
                StatCard.of(stats, "workbench.stat.lateRecords", late, MONITOR));
        return Optional.of(stats);
    }

    @Override
    public int order() {
        return 16;
    }
}
