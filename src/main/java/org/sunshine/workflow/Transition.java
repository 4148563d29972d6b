package org.sunshine.workflow;

import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/**
 * One line of a state machine's table: from any of {@code from}, {@code action} taken by {@code actor} leads to
 * {@code to}; a {@code to} of null keeps the state (a reminder, a change of details).
 */
public record Transition<S extends Enum<S>, A extends Enum<A>>(Set<S> from, A action, Actor actor, @Nullable S to) {

    public Transition {
        from = Set.copyOf(from);
    }

    boolean matches(S state, A action, Actor actor) {
        return this.action == action && this.actor == actor && from.contains(state);
    }

    /** Where the step leads from {@code state}. */
    S target(S state) {
        return to == null ? state : to;
    }
}
