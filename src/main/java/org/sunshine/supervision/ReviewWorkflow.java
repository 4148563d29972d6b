package org.sunshine.supervision;

import org.sunshine.workflow.Actor;
import org.sunshine.workflow.Workflow;

import java.util.EnumSet;
import java.util.Set;

import static org.sunshine.supervision.ReviewState.CANCELLED;
import static org.sunshine.supervision.ReviewState.PENDING;
import static org.sunshine.supervision.ReviewState.REVIEWED;
import static org.sunshine.supervision.ReviewState.UNVERIFIABLE;

/**
 * The review task's state machine. A task is created waiting ({@link ReviewAction#ASSIGN} by the platform, recorded
 * as its first step); only the supervisor it is given to finishes it; the platform hands it on or cancels it when
 * that supervisor's term ends. Anything not in the table is refused.
 */
public final class ReviewWorkflow {

    public static final Workflow<ReviewState, ReviewAction> TABLE = Workflow
            .named("review", ReviewState.class, ReviewAction.class)
            .step(PENDING, ReviewAction.REVIEW, Actor.SUPERVISOR, REVIEWED)
            .step(PENDING, ReviewAction.MARK_UNVERIFIABLE, Actor.SUPERVISOR, UNVERIFIABLE)
            .stay(EnumSet.of(PENDING), ReviewAction.REASSIGN, Actor.SYSTEM)
            .step(PENDING, ReviewAction.CANCEL, Actor.SYSTEM, CANCELLED)
            .build();

    /** The states a task ends in, marked as an end on its timeline. */
    public static final Set<ReviewState> ENDS = Set.of(REVIEWED, UNVERIFIABLE, CANCELLED);

    private ReviewWorkflow() {
    }
}
