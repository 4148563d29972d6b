package org.sunshine.complaint;

import java.util.EnumSet;
import java.util.List;
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
 * The complaint state machine, in one place: which actor may take which action in which state, and where it leads.
 * Anything not in the table is refused. Two guards depend on the item's history: an extension is granted once,
 * and a reply can be reopened once.
 */
public final class ComplaintWorkflow {

    /** One allowed transition. {@code to == null} keeps the state (a reminder). */
    record Rule(Set<ComplaintState> from, Action action, Actor actor, ComplaintState to) {
    }

    static final Set<ComplaintState> BEFORE_REPLY = EnumSet.of(SUBMITTED, ACCEPTED, ASSIGNED, IN_PROGRESS,
            RETURN_REQUESTED, EXTENSION_REQUESTED, REOPENED);

    static final List<Rule> RULES = List.of(
            new Rule(EnumSet.of(SUBMITTED), Action.ACCEPT, Actor.INSPECTOR, ACCEPTED),
            new Rule(EnumSet.of(SUBMITTED), Action.REJECT, Actor.INSPECTOR, REJECTED),
            new Rule(EnumSet.of(ACCEPTED), Action.ASSIGN, Actor.INSPECTOR, ASSIGNED),
            new Rule(EnumSet.of(ASSIGNED), Action.RECEIVE, Actor.HANDLER, IN_PROGRESS),
            new Rule(EnumSet.of(ASSIGNED, IN_PROGRESS), Action.REQUEST_RETURN, Actor.HANDLER, RETURN_REQUESTED),
            new Rule(EnumSet.of(RETURN_REQUESTED), Action.APPROVE_RETURN, Actor.INSPECTOR, ACCEPTED),
            new Rule(EnumSet.of(RETURN_REQUESTED), Action.REFUSE_RETURN, Actor.INSPECTOR, IN_PROGRESS),
            new Rule(EnumSet.of(IN_PROGRESS, REOPENED), Action.REQUEST_EXTENSION, Actor.HANDLER, EXTENSION_REQUESTED),
            new Rule(EnumSet.of(EXTENSION_REQUESTED), Action.APPROVE_EXTENSION, Actor.INSPECTOR, IN_PROGRESS),
            new Rule(EnumSet.of(EXTENSION_REQUESTED), Action.REFUSE_EXTENSION, Actor.INSPECTOR, IN_PROGRESS),
            new Rule(EnumSet.of(IN_PROGRESS, REOPENED), Action.REPLY, Actor.HANDLER, REPLIED),
            new Rule(EnumSet.of(REPLIED), Action.RATE, Actor.PUBLIC, CLOSED),
            new Rule(EnumSet.of(REPLIED), Action.REOPEN, Actor.PUBLIC, REOPENED),
            new Rule(EnumSet.of(REPLIED), Action.EXPIRE, Actor.SYSTEM, CLOSED),
            new Rule(BEFORE_REPLY, Action.WITHDRAW, Actor.PUBLIC, WITHDRAWN),
            new Rule(EnumSet.of(ASSIGNED, IN_PROGRESS, EXTENSION_REQUESTED, REOPENED), Action.REMIND, Actor.INSPECTOR, null));

    private ComplaintWorkflow() {
    }

    /**
     * Where {@code action} by {@code actor} leads from {@code state}, or empty if it is not allowed.
     *
     * @param extensionUsed an extension was already granted or asked for on this item
     * @param reopened      the item was already reopened once
     */
    public static Optional<ComplaintState> next(ComplaintState state, Action action, Actor actor,
                                                boolean extensionUsed, boolean reopened) {
        if (action == Action.REQUEST_EXTENSION && extensionUsed) {
            return Optional.empty();
        }
        if (action == Action.REOPEN && reopened) {
            return Optional.empty();
        }
        for (Rule rule : RULES) {
            if (rule.action() == action && rule.actor() == actor && rule.from().contains(state)) {
                return Optional.of(rule.to() == null ? state : rule.to());
            }
        }
        return Optional.empty();
    }

    /** The actions an actor may take on an item now, for showing only the buttons that work. */
    public static Set<Action> available(ComplaintState state, Actor actor, boolean extensionUsed, boolean reopened) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        for (Rule rule : RULES) {
            if (rule.actor() == actor && next(state, rule.action(), actor, extensionUsed, reopened).isPresent()) {
                actions.add(rule.action());
            }
        }
        return actions;
    }
}
