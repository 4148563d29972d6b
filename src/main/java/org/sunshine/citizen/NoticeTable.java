package org.sunshine.citizen;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.workflow.Workflow;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One machine's line per action: the notice its step sends to the person who filed the record, or why it sends none.
 * A line may be for one target state only (an application filed online waits for registration; one recorded by staff
 * is registered at once).
 *
 * @param <S> the machine's states
 * @param <A> the machine's actions
 */
final class NoticeTable<S extends Enum<S>, A extends Enum<A>> {

    /** A line: after {@code action} (into {@code to}, or any state when null), the template, or none and why. */
    record Line<S, A>(A action, @Nullable S to, @Nullable String template, String why) {
    }

    private final Workflow<S, A> machine;
    private final List<Line<S, A>> lines = new ArrayList<>();

    private NoticeTable(Workflow<S, A> machine) {
        this.machine = machine;
    }

    static <S extends Enum<S>, A extends Enum<A>> NoticeTable<S, A> of(Workflow<S, A> machine) {
        return new NoticeTable<>(machine);
    }

    NoticeTable<S, A> tell(A action, String template) {
        return tell(action, null, template);
    }

    NoticeTable<S, A> tell(A action, @Nullable S to, String template) {
        lines.add(new Line<>(action, to, template, ""));
        return this;
    }

    /** The step changes nothing the person can do, or is told otherwise: {@code why} says which. */
    NoticeTable<S, A> silent(A action, String why) {
        lines.add(new Line<>(action, null, null, why));
        return this;
    }

    Workflow<S, A> machine() {
        return machine;
    }

    List<Line<S, A>> lines() {
        return List.copyOf(lines);
    }

    /** The template of the notice after {@code action} into {@code to}; empty when the step is not told. */
    Optional<String> template(A action, S to) {
        return lines.stream().filter(l -> l.action() == action && (l.to() == null || l.to() == to)).findFirst()
                .map(Line::template);
    }

    /** The machine's actions that have no line: none, when the table is complete. */
    Set<A> missing() {
        Set<A> missing = EnumSet.allOf(machine.actions());
        lines.forEach(l -> missing.remove(l.action()));
        return missing;
    }
}
