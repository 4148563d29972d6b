package org.sunshine.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import jakarta.inject.Singleton;
import org.sunshine.assessment.PeriodTasks;
import org.sunshine.base.ui.StatCard;
import org.sunshine.base.ui.WorkbenchSection;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.Optional;

/**
 * The workbench's assessment: for an inspector the score sheets still to submit and the objections waiting for
 * their answer as lead inspector; for a department the published results waiting for it to accept or object.
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
        Div stats = new Div();
        stats.addClassName("card-grid");
        stats.setId("workbench-assessment");
        if (user.is(Role.INSPECTOR)) {
            stats.add(StatCard.of(stats, "workbench.stat.sheetsToSubmit", periods.sheetsToSubmit(user), "/assessment/periods"),
                    StatCard.of(stats, "workbench.stat.objectionsToAnswer", periods.objectionsToAnswer(user), "/assessment/periods"));
        } else if (user.is(Role.HANDLER)) {
            stats.add(StatCard.of(stats, "workbench.stat.resultsToAnswer", periods.awaitingAnswer(user), "/assessment/periods"));
        } else {
            return Optional.empty();
        }
        return Optional.of(stats);
    }

    @Override
    public int order() {
        return 40;
    }
}
