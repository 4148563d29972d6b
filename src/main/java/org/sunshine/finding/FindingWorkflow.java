package org.sunshine.finding;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.sunshine.finding.FindingState.CLOSED;
import static org.sunshine.finding.FindingState.DISMISSED;
import static org.sunshine.finding.FindingState.RECTIFYING;
import static org.sunshine.finding.FindingState.REPORTED;
import static org.sunshine.finding.FindingState.RETURNED;
import static org.sunshine.finding.FindingState.SUBMITTED;

/**
 * The finding state machine, in one place: an inspector confirms or dismisses what was filed; the department
 * reports its rectification; the inspector accepts the report or returns it, as often as needed. Anything not in
 * the table is refused.
 */
public final class FindingWorkflow {

    /** One allowed transition. */
    record Rule(Set<FindingState> from, FindingAction action, FindingActor actor, FindingState to) {
    }

    static final List<Rule> RULES = List.of(
            new Rule(EnumSet.of(SUBMITTED), FindingAction.CONFIRM, FindingActor.INSPECTOR, RECTIFYING),
            new Rule(EnumSet.of(SUBMITTED), FindingAction.DISMISS, FindingActor.INSPECTOR, DISMISSED),
            new Rule(EnumSet.of(RECTIFYING, RETURNED), FindingAction.REPORT, FindingActor.HANDLER, REPORTED),
            new Rule(EnumSet.of(REPORTED), FindingAction.RETURN, FindingActor.INSPECTOR, RETURNED),
            new Rule(EnumSet.of(REPORTED), FindingAction.ACCEPT, FindingActor.INSPECTOR, CLOSED));

    private FindingWorkflow() {
    }

    /** Where {@code action} by {@code actor} leads from {@code state}, or empty if it is not allowed. */
    public static Optional<FindingState> next(FindingState state, FindingAction action, FindingActor actor) {
        return RULES.stream().filter(r -> r.action() == action && r.actor() == actor && r.from().contains(state))
                .map(Rule::to).findFirst();
    }

    /** The actions an actor may take on a finding now, for showing only the buttons that work. */
    public static Set<FindingAction> available(FindingState state, FindingActor actor) {
        Set<FindingAction> actions = EnumSet.noneOf(FindingAction.class);
        RULES.stream().filter(r -> r.actor() == actor && r.from().contains(state)).forEach(r -> actions.add(r.action()));
        return actions;
    }
}
