package org.sunshine.assessment;

import org.sunshine.workflow.Actor;
import org.sunshine.workflow.Workflow;

import java.util.EnumSet;

import static org.sunshine.assessment.AnnualState.DRAFT;
import static org.sunshine.assessment.AnnualState.LOCKED;

/**
 * The annual assessment's state machine: a draft, whose periods and weights inspectors change, is locked once; a
 * locked one is locked again (the next revision, with its reason) when its results have changed.
 */
public final class AnnualWorkflow {

    public static final Workflow<AnnualState, AnnualAction> TABLE = Workflow
            .named("annual", AnnualState.class, AnnualAction.class)
            .stay(EnumSet.of(DRAFT), AnnualAction.INCLUDE, Actor.INSPECTOR)
            .stay(EnumSet.of(DRAFT), AnnualAction.WEIGH, Actor.INSPECTOR)
            .step(DRAFT, AnnualAction.LOCK, Actor.INSPECTOR, LOCKED)
            .stay(EnumSet.of(LOCKED), AnnualAction.RELOCK, Actor.INSPECTOR)
            .build();

    private AnnualWorkflow() {
    }
}
