package org.sunshine.finding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One step of a finding's history: who did what, when, from which state to which, with what note. */
@MappedEntity("finding_event")
public record FindingEvent(
        @Id @GeneratedValue @Nullable Long id,
        Long findingId,
        Instant occurredAt,
        FindingAction action,
        @Nullable FindingState fromState,
        FindingState toState,
        FindingActor actorKind,
        @Nullable Long actorId,
        String actorName,
        String note) {
}
