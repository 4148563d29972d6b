package org.sunshine.finding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import jakarta.inject.Singleton;
import org.sunshine.base.ui.StatCard;
import org.sunshine.base.ui.WorkbenchSection;
import org.sunshine.calendar.Warning;
import org.sunshine.finding.FindingFilter;
import org.sunshine.finding.FindingQueries;
import org.sunshine.finding.FindingStage;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The workbench's findings: for inspectors what waits for their decision, for a department what it must rectify. */
@Singleton
class FindingWorkbench implements WorkbenchSection {

    private static final Set<FindingStage> RECTIFYING = EnumSet.of(FindingStage.RECTIFYING, FindingStage.RETURNED);

    private final FindingQueries findings;
    private final CurrentUser currentUser;

    FindingWorkbench(FindingQueries findings, CurrentUser currentUser) {
        this.findings = findings;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> section() {
        SignedInUser user = currentUser.require();
        Div stats = new Div();
        stats.addClassName("card-grid");
        stats.setId("workbench-findings");
        if (user.is(Role.INSPECTOR) || user.is(Role.LEADER)) {
            stats.add(StatCard.of(stats, "workbench.stat.findingsToConfirm", count(user, EnumSet.of(FindingStage.SUBMITTED), null), "/findings"),
                    StatCard.of(stats, "workbench.stat.findingsToVerify", count(user, EnumSet.of(FindingStage.REPORTED), null), "/findings"),
                    StatCard.of(stats, "workbench.stat.findingsOverdue", count(user, RECTIFYING, Warning.RED), "/findings"));
        } else if (user.is(Role.HANDLER)) {
            stats.add(StatCard.of(stats, "workbench.stat.findingsToRectify", count(user, RECTIFYING, null), "/findings"),
                    StatCard.of(stats, "workbench.stat.findingsOverdue", count(user, RECTIFYING, Warning.RED), "/findings"));
        } else if (user.is(Role.SUPERVISOR)) {
            stats.add(StatCard.of(stats, "workbench.stat.myFindingsOpen", count(user,
                    EnumSet.of(FindingStage.SUBMITTED, FindingStage.RECTIFYING, FindingStage.REPORTED, FindingStage.RETURNED), null), "/findings"));
        } else {
            return Optional.empty();
        }
        return Optional.of(stats);
    }

    private long count(SignedInUser user, Set<FindingStage> states, Warning warning) {
        return findings.count(new FindingFilter(states, null, null, null, null, warning, false, null), user);
    }

    @Override
    public int order() {
        return 20;
    }
}
