package org.sunshine.complaint;

import org.sunshine.base.DomainException;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.Workflow;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.sunshine.complaint.ComplaintState.ACCEPTED;
import static org.sunshine.complaint.ComplaintState.ASSIGNED;
import static org.sunshine.complaint.ComplaintState.CLOSED;
import static org.sunshine.complaint.ComplaintState.EXTENSION_REQUESTED;
import static org.sunshine.complaint.ComplaintState.IN_PROGRESS;
import static org.sunshine.complaint.ComplaintState.REJECTED;
import static org.sunshine.complaint.ComplaintState.REOPENED;
import static org.sunshine.complaint.ComplaintState.REPLIED;
import static org.sunshine.complaint.ComplaintState.RETURN_REQUESTED;
import static org.sunshine.complaint.ComplaintState.SUBMITTED;
import static org.sunshine.complaint.ComplaintState.WITHDRAWN;

/**
 * The complaint state machine: which actor may take which action in which state, and where it leads. Anything not
 * in the table is refused. Two guards depend on the item's history: an extension is asked for once, and a reply can
 * be reopened once.
 */
public final class ComplaintWorkflow {

    static final Set<ComplaintState> BEFORE_REPLY = EnumSet.of(SUBMITTED, ACCEPTED, ASSIGNED, IN_PROGRESS,
            RETURN_REQUESTED, EXTENSION_REQUESTED, REOPENED);

    public static final Workflow<ComplaintState, ComplaintAction> TABLE = Workflow
            .named("complaint", ComplaintState.class, ComplaintAction.class)
            .publicLabel("complaint.actor.PUBLIC")
            .step(SUBMITTED, ComplaintAction.ACCEPT, Actor.INSPECTOR, ACCEPTED)
            .step(SUBMITTED, ComplaintAction.REJECT, Actor.INSPECTOR, REJECTED)
            .step(ACCEPTED, ComplaintAction.ASSIGN, Actor.INSPECTOR, ASSIGNED)
            .step(ASSIGNED, ComplaintAction.RECEIVE, Actor.HANDLER, IN_PROGRESS)
            .step(EnumSet.of(ASSIGNED, IN_PROGRESS), ComplaintAction.REQUEST_RETURN, Actor.HANDLER, RETURN_REQUESTED)
            .step(RETURN_REQUESTED, ComplaintAction.APPROVE_RETURN, Actor.INSPECTOR, ACCEPTED)
            .step(RETURN_REQUESTED, ComplaintAction.REFUSE_RETURN, Actor.INSPECTOR, IN_PROGRESS)
            .step(EnumSet.of(IN_PROGRESS, REOPENED), ComplaintAction.REQUEST_EXTENSION, Actor.HANDLER, EXTENSION_REQUESTED)
            .step(EXTENSION_REQUESTED, ComplaintAction.APPROVE_EXTENSION, Actor.INSPECTOR, IN_PROGRESS)
            .step(EXTENSION_REQUESTED, ComplaintAction.REFUSE_EXTENSION, Actor.INSPECTOR, IN_PROGRESS)
            .step(EnumSet.of(IN_PROGRESS, REOPENED), ComplaintAction.REPLY, Actor.HANDLER, REPLIED)
            .step(REPLIED, ComplaintAction.RATE, Actor.PUBLIC, CLOSED)
            .step(REPLIED, ComplaintAction.REOPEN, Actor.PUBLIC, REOPENED)
            .step(REPLIED, ComplaintAction.EXPIRE, Actor.SYSTEM, CLOSED)
            .step(BEFORE_REPLY, ComplaintAction.WITHDRAW, Actor.PUBLIC, WITHDRAWN)
            .stay(EnumSet.of(ASSIGNED, IN_PROGRESS, EXTENSION_REQUESTED, REOPENED), ComplaintAction.REMIND, Actor.INSPECTOR)
            .build();

    private ComplaintWorkflow() {
    }

    /** Whether the item's history forbids the action whatever the table says. */
    static boolean guarded(ComplaintAction action, boolean extensionUsed, boolean reopened) {
        return action == ComplaintAction.REQUEST_EXTENSION && extensionUsed
                || action == ComplaintAction.REOPEN && reopened;
    }

    /**
     * Where {@code action} by {@code actor} leads from {@code state}, or empty if it is not allowed.
     *
     * @param extensionUsed an extension was already asked for on this item
     * @param reopened      the item was already reopened once
     */
    public static Optional<ComplaintState> next(ComplaintState state, ComplaintAction action, Actor actor,
                                                boolean extensionUsed, boolean reopened) {
        return guarded(action, extensionUsed, reopened) ? Optional.empty() : TABLE.next(state, action, actor);
    }

    /** Refuses, saying why, an action the item's history forbids whatever its state. */
    static void checkGuards(Complaint complaint, ComplaintAction action) {
        if (guarded(action, complaint.extensionUsed(), complaint.isReopened())) {
            throw new DomainException(action == ComplaintAction.REOPEN ? "complaint.error.reopenOnce"
                    : "complaint.error.extensionOnce");
        }
    }

    /** The actions an actor may take on an item now, for showing only the buttons that work. */
    public static Set<ComplaintAction> available(ComplaintState state, Actor actor, boolean extensionUsed, boolean reopened) {
        Set<ComplaintAction> actions = TABLE.available(state, actor);
        actions.removeIf(action -> guarded(action, extensionUsed, reopened));
        return actions;
    }
}
