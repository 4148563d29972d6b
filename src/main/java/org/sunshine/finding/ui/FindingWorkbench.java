package org.sunshine.finding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import jakarta.inject.Singleton;
import org.sunshine.calendar.DeadlineKind;
import org.sunshine.base.ui.DueItem;
import org.sunshine.base.ui.ListAddress;
import org.sunshine.base.ui.Queues;
import org.sunshine.base.ui.WorkbenchDeadlines;
import org.sunshine.base.ui.WorkbenchSection;
import org.sunshine.calendar.Warning;
import org.sunshine.calendar.ui.DueBadge;
import org.sunshine.finding.FindingFilter;
import org.sunshine.finding.FindingQueries;
import org.sunshine.finding.FindingStage;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The workbench's findings: for inspectors (and leaders, who watch) those waiting to be confirmed (待确认), the
 * rectification reports waiting to be verified (待核验) and the rectifications overdue; for a department what it must
 * rectify and what of it is overdue; for a supervisor their own open findings — each opening the findings filtered to
 * exactly those. A department's rectifications also join the workbench's list by deadline.
 */
@Singleton
class FindingWorkbench implements WorkbenchSection, WorkbenchDeadlines {

    private static final String LIST = "findings";
    private static final String GRID = "findings";
    private static final Set<FindingStage> RECTIFYING = EnumSet.of(FindingStage.RECTIFYING, FindingStage.RETURNED);
    private static final Set<FindingStage> OPEN = EnumSet.of(FindingStage.SUBMITTED, FindingStage.RECTIFYING,
            FindingStage.REPORTED, FindingStage.RETURNED);

    private final FindingQueries findings;
    private final CurrentUser currentUser;

    FindingWorkbench(FindingQueries findings, CurrentUser currentUser) {
        this.findings = findings;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> section() {
        SignedInUser user = currentUser.require();
        Queues queues = new Queues("workbench-findings", "workbench.findings");
        if (user.is(Role.INSPECTOR) || user.is(Role.LEADER)) {
            queue(queues, user, "workbench.stat.findingsToConfirm", EnumSet.of(FindingStage.SUBMITTED), null);
            queue(queues, user, "workbench.stat.findingsToVerify", EnumSet.of(FindingStage.REPORTED), null);
            queue(queues, user, "workbench.stat.findingsOverdue", RECTIFYING, Warning.RED);
        } else if (user.is(Role.HANDLER)) {
            queue(queues, user, "workbench.stat.findingsToRectify", RECTIFYING, null);
            queue(queues, user, "workbench.stat.findingsOverdue", RECTIFYING, Warning.RED);
        } else if (user.is(Role.SUPERVISOR)) {
            queue(queues, user, "workbench.stat.myFindingsOpen", OPEN, null);
        } else {
            return Optional.empty();
        }
        return Optional.of(queues);
    }

    private void queue(Queues queues, SignedInUser user, String labelKey, Set<FindingStage> stages, Warning warning) {
        long count = findings.count(new FindingFilter(stages, null, null, null, null, warning, false, null), user);
        String href = ListAddress.href(LIST, "state", stages, "warning", warning);
        if (warning == Warning.RED) {
            queues.overdue(labelKey, count, href, GRID);
        } else {
            queues.add(labelKey, count, href, GRID);
        }
    }

    @Override
    public List<DueItem> nearest(int limit) {
        return findings.nearestDue(currentUser.require(), limit).stream().map(f -> {
            Span badge = DueBadge.of(DeadlineKind.RECTIFY, f.rectifyDue(), f.warning(), f.calendarFallback());
            return new DueItem(f.rectifyDue(), badge.getTranslation("workbench.kind.finding"), f.reference(),
                    f.summary(), "/findings/" + f.id(), badge);
        }).toList();
    }

    @Override
    public int order() {
        return 20;
    }
}
