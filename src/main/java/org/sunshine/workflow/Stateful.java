package org.sunshine.workflow;

import io.micronaut.core.annotation.Nullable;

/** A record that moves through a {@link Workflow}: its id and its state. */
public interface Stateful<S extends Enum<S>> {

    Long getId();

    S getState();

    void setState(S state);

    /** The department in charge at a step, kept on the step when it matters (a complaint moves between them). */
    @Nullable
    default Long historyDepartmentId() {
        return null;
    }
}
