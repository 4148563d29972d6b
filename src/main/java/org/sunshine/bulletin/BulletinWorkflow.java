package org.sunshine.bulletin;

import org.sunshine.workflow.Actor;
import org.sunshine.workflow.Workflow;

/**
 * Who may take which step of a bulletin in which state, and where it leads: an inspector drafts, edits (only a
 * draft), submits and issues; a leader sends back with comments, signs and revokes. Everything else is refused.
 * Drafting is the first step of its history.
 */
public final class BulletinWorkflow {

    public static final Workflow<BulletinState, BulletinAction> TABLE = Workflow
            .named("bulletin", BulletinState.class, BulletinAction.class)
            .step(BulletinState.DRAFT, BulletinAction.SUBMIT, Actor.INSPECTOR, BulletinState.IN_REVIEW)
            .step(BulletinState.IN_REVIEW, BulletinAction.SEND_BACK, Actor.LEADER, BulletinState.DRAFT)
            .step(BulletinState.IN_REVIEW, BulletinAction.SIGN, Actor.LEADER, BulletinState.SIGNED)
            .step(BulletinState.SIGNED, BulletinAction.ISSUE, Actor.INSPECTOR, BulletinState.ISSUED)
            .step(BulletinState.ISSUED, BulletinAction.REVOKE, Actor.LEADER, BulletinState.REVOKED)
            .build();

    private BulletinWorkflow() {
    }

    /** Only a draft is edited, and only by an inspector. */
    public static boolean editable(BulletinState state, Actor actor) {
        return state == BulletinState.DRAFT && actor == Actor.INSPECTOR;
    }
}
