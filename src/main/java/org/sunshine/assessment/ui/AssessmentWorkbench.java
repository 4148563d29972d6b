package org.sunshine.assessment.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import org.sunshine.assessment.PeriodTasks;
import org.sunshine.assessment.PeriodTasks.Task;
import org.sunshine.base.ui.ListAddress;
import org.sunshine.base.ui.Queues;
import org.sunshine.base.ui.WorkbenchSection;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.Optional;

/**
 * The workbench's assessment: for an inspector the periods with score sheets still to submit and those with
 * objections waiting for their answer as lead inspector; for a department the published results waiting for it to
 * accept or object — each opening the periods' list filtered to those periods.
 */
@Singleton
class AssessmentWorkbench implements WorkbenchSection {

    private final PeriodTasks periods;
    private final CurrentUser currentUser;

    AssessmentWorkbench(PeriodTasks periods, CurrentUser currentUser) {
        this.periods = periods;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> section() {
        SignedInUser user = currentUser.require();
        Queues queues = new Queues("workbench-assessment", "workbench.assessment");
        if (user.is(Role.INSPECTOR)) {
            queue(queues, user, "workbench.stat.sheetsToSubmit", Task.SHEETS);
            queue(queues, user, "workbench.stat.objectionsToAnswer", Task.OBJECTIONS);
        } else if (user.is(Role.HANDLER)) {
            queue(queues, user, "workbench.stat.resultsToAnswer", Task.RESULTS);
        } else {
            return Optional.empty();
        }
        return Optional.of(queues);
    }

    private void queue(Queues queues, SignedInUser user, String labelKey, Task task) {
        queues.add(labelKey, periods.periods(task, user).size(), ListAddress.href("assessment/periods", "task", task),
                "periods");
    }

    @Override
    public int order() {
        return 40;
    }
}
