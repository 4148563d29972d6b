package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A step in a bulletin's history: who, when, from which state to which, and the note (a leader's comments …). */
@MappedEntity("bulletin_event")
public record BulletinEvent(@Id @GeneratedValue @Nullable Long id, long bulletinId, Instant occurredAt,
                            BulletinAction action, @Nullable BulletinState fromState, BulletinState toState,
                            @Nullable Long actorId, String actorName, String note) {
}
