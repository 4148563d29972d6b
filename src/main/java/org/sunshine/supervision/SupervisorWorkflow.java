package org.sunshine.supervision;

import org.sunshine.workflow.Actor;
import org.sunshine.workflow.Workflow;

import java.util.EnumSet;

import static org.sunshine.supervision.SupervisorState.ACTIVE;
import static org.sunshine.supervision.SupervisorState.APPOINTED;
import static org.sunshine.supervision.SupervisorState.ENDED;
import static org.sunshine.supervision.SupervisorState.EXPIRED;

/**
 * A supervisor's term as a state machine. The administrator appoints ({@link SupervisorAction#APPOINT}, recorded as
 * the first step, into {@code APPOINTED} or, if the term has begun, {@code ACTIVE}), changes, reappoints and
 * dismisses; the platform starts and expires terms by their dates ({@link SupervisorTerms}). Anything not in the
 * table is refused: a dismissed supervisor is never changed again.
 */
public final class SupervisorWorkflow {

    public static final Workflow<SupervisorState, SupervisorAction> TABLE = Workflow
            .named("supervisor", SupervisorState.class, SupervisorAction.class)
            .stay(EnumSet.of(APPOINTED, ACTIVE, EXPIRED), SupervisorAction.CHANGE, Actor.ADMIN)
            .step(EnumSet.of(ACTIVE, EXPIRED), SupervisorAction.REAPPOINT, Actor.ADMIN, APPOINTED)
            .step(APPOINTED, SupervisorAction.START, Actor.SYSTEM, ACTIVE)
            .step(EnumSet.of(APPOINTED, ACTIVE), SupervisorAction.DISMISS, Actor.ADMIN, ENDED)
            .step(EnumSet.of(APPOINTED, ACTIVE), SupervisorAction.EXPIRE, Actor.SYSTEM, EXPIRED)
            .build();

    private SupervisorWorkflow() {
    }
}
