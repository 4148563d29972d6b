package org.sunshine.finding;

import org.sunshine.workflow.Actor;
import org.sunshine.workflow.Workflow;

import static org.sunshine.finding.FindingState.CLOSED;
import static org.sunshine.finding.FindingState.DISMISSED;
import static org.sunshine.finding.FindingState.RECTIFYING;
import static org.sunshine.finding.FindingState.SUBMITTED;

/**
 * The finding state machine: an inspector confirms what was filed, which opens the department's rectification, or
 * dismisses it with a reason; the platform closes it when its rectification is accepted. How the rectification is
 * reported, returned and accepted is the rectification's machine ({@code rectification.RectificationWorkflow}).
 */
public final class FindingWorkflow {

    public static final Workflow<FindingState, FindingAction> TABLE = Workflow
            .named("finding", FindingState.class, FindingAction.class)
            .step(SUBMITTED, FindingAction.CONFIRM, Actor.INSPECTOR, RECTIFYING)
            .step(SUBMITTED, FindingAction.DISMISS, Actor.INSPECTOR, DISMISSED)
            .step(RECTIFYING, FindingAction.CLOSE, Actor.SYSTEM, CLOSED)
            .build();

    private FindingWorkflow() {
    }
}
