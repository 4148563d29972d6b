package org.sunshine.workflow;

import io.micronaut.core.annotation.Nullable;

/**
 * Published, inside the step's transaction, for every step {@link History} records: what other features (the
 * notifications) need to know to react to it. A listener that fails rolls the step back, so listeners write only to
 * the database (an outbox) and never call out.
 *
 * @param eventId      the history row's id: unique, so a reaction keyed on it happens once
 * @param machine      the machine's name ({@code complaint}, {@code inforequest}, …)
 * @param from         null for the step that created the record
 * @param departmentId the department in charge at the step, where the machine keeps it
 */
public record StepTaken(long eventId, String machine, long recordId, String action, @Nullable String from, String to,
                        Actor actor, @Nullable Long actorId, @Nullable Long departmentId) {
}
