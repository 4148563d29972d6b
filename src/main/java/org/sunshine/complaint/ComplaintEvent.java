package org.sunshine.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One step of a complaint's history: who did what, when, from which state to which, with what note. */
@MappedEntity("complaint_event")
public record ComplaintEvent(
        @Id @GeneratedValue @Nullable Long id,
        Long complaintId,
        Instant occurredAt,
        Action action,
        @Nullable ComplaintState fromState,
        ComplaintState toState,
        Actor actorKind,
        @Nullable Long actorId,
        String actorName,
        @Nullable Long departmentId,
        String note) {
}
