package org.sunshine.workflow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One row of a record's history, for every machine alike ({@code workflow_event}): which record, when, which action,
 * from which state to which, by whom, and the note. States and actions are kept by name; {@link Step} reads them
 * back as the machine's enums.
 */
@MappedEntity("workflow_event")
record WorkflowEvent(
        @Id @GeneratedValue @Nullable Long id,
        String machine,
        Long recordId,
        Instant occurredAt,
        String action,
        @Nullable String fromState,
        String toState,
        Actor actor,
        @Nullable Long actorId,
        String actorName,
        @Nullable Long departmentId,
        String note) {
}
