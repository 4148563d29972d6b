package org.sunshine.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

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
