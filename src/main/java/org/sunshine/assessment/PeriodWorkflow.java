package org.sunshine.assessment;

import org.sunshine.workflow.Actor;
import org.sunshine.workflow.Workflow;

import java.util.EnumSet;

import static org.sunshine.assessment.PeriodState.LOCKED;
import static org.sunshine.assessment.PeriodState.PUBLISHED;
import static org.sunshine.assessment.PeriodState.SCORING;

/**
 * The period state machine: SCORING → PUBLISHED → LOCKED, moved by the lead inspector, and the steps kept in a
 * period's history in between (assignments, rulings, the departments' answers and the lead inspector's, corrections).
 * The services check who the lead inspector is and say more precisely why a step is refused; the table is the last
 * word on which step is allowed when.
 */
public final class PeriodWorkflow {

    public static final Workflow<PeriodState, PeriodAction> TABLE = Workflow
            .named("period", PeriodState.class, PeriodAction.class)
            .stay(EnumSet.of(SCORING), PeriodAction.ASSIGN, Actor.INSPECTOR)
            .stay(EnumSet.of(SCORING, PUBLISHED), PeriodAction.RULE, Actor.INSPECTOR)
            .step(SCORING, PeriodAction.PUBLISH, Actor.INSPECTOR, PUBLISHED)
            .stay(EnumSet.of(PUBLISHED), PeriodAction.ACCEPT, Actor.HANDLER)
            .stay(EnumSet.of(PUBLISHED), PeriodAction.OBJECT, Actor.HANDLER)
            .stay(EnumSet.of(PUBLISHED), PeriodAction.ANSWER, Actor.INSPECTOR)
            .step(PUBLISHED, PeriodAction.LOCK, Actor.INSPECTOR, LOCKED)
            .stay(EnumSet.of(LOCKED), PeriodAction.CORRECT, Actor.INSPECTOR)
            .build();

    private PeriodWorkflow() {
    }
}
