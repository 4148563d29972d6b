package org.sunshine.workflow;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A step of a record's history, read back in its machine's terms.
 *
 * @param from         null for the step that created the record
 * @param departmentId the department in charge at the step, where the machine keeps it
 */
public record Step<S extends Enum<S>, A extends Enum<A>>(long id, long recordId, Instant at, A action, @Nullable S from,
                                                        S to, Actor actor, @Nullable Long actorId, String actorName,
                                                        @Nullable Long departmentId, String note) {

    /** Who took the step, as the timeline names them: the name, or the actor for the public and the platform. */
    public boolean named() {
        return !actorName.isEmpty();
    }
}
