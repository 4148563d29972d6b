package org.sunshine.testing;

import org.sunshine.base.DomainException;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.Workflow;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A state machine written as a table for its test: one line per allowed step, {@code state action actor next}.
 * {@link #check} tries every combination of state, action and actor: the allowed ones must lead where the table says,
 * every other one must be refused.
 */
public final class TransitionTable {

    /** The state machine under test: the next state, or empty when the step is refused. */
    @FunctionalInterface
    public interface Next<S, A, R> {
        Optional<S> next(S state, A action, R actor);
    }

    private TransitionTable() {
    }

    /** The table's lines as "state action actor" → next state. */
    public static <S extends Enum<S>> Map<String, S> parse(String allowed, Class<S> states) {
        Map<String, S> table = new HashMap<>();
        for (String line : allowed.strip().split("\n")) {
            String[] cells = line.strip().split("\\s+");
            table.put(cells[0] + " " + cells[1] + " " + cells[2], Enum.valueOf(states, cells[3]));
        }
        return table;
    }

    /**
     * Checks a machine against its table: every line leads where it says, everything else is refused — and a refused
     * move is answered with a message, never taken.
     */
    public static <S extends Enum<S>, A extends Enum<A>> void check(String allowed, Workflow<S, A> machine) {
        check(allowed, machine.states(), machine.actions(), Actor.class, machine::next);
        Map<String, S> table = parse(allowed, machine.states());
        for (S state : machine.states().getEnumConstants()) {
            for (A action : machine.actions().getEnumConstants()) {
                for (Actor actor : Actor.values()) {
                    if (!table.containsKey(state + " " + action + " " + actor)) {
                        assertThatThrownBy(() -> machine.move(state, action, actor))
                                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                                        .isIn("workflow.error.refused", "error.notAllowed"));
                    }
                }
            }
        }
    }

    public static <S extends Enum<S>, A extends Enum<A>, R extends Enum<R>> void check(
            String allowed, Class<S> states, Class<A> actions, Class<R> actors, Next<S, A, R> machine) {
        Map<String, S> table = parse(allowed, states);
        int allowedSteps = 0;
        int refused = 0;
        for (S state : states.getEnumConstants()) {
            for (A action : actions.getEnumConstants()) {
                for (R actor : actors.getEnumConstants()) {
                    String key = state + " " + action + " " + actor;
                    Optional<S> next = machine.next(state, action, actor);
                    if (table.containsKey(key)) {
                        assertThat(next).as(key).contains(table.get(key));
                        allowedSteps++;
                    } else {
                        assertThat(next).as(key + " must be refused").isEmpty();
                        refused++;
                    }
                }
            }
        }
        int combinations = states.getEnumConstants().length * actions.getEnumConstants().length
                * actors.getEnumConstants().length;
        assertThat(allowedSteps).as("lines of the table").isEqualTo(table.size());
        assertThat(refused).isEqualTo(combinations - table.size());
    }
}
