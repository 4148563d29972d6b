package org.sunshine.supervision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One step of a supervisor's record on the roster: appointed, changed, ended early, term over. */
@MappedEntity("supervisor_event")
public record SupervisorEvent(
        @Id @GeneratedValue @Nullable Long id,
        Long supervisorId,
        Instant occurredAt,
        Action action,
        @Nullable Long actorId,
        String actorName,
        String note) {

    /** What happened; the label is {@code supervisor.event.<NAME>}. */
    public enum Action {
        APPOINTED,
        CHANGED,
        ENDED,
        EXPIRED
    }
}
