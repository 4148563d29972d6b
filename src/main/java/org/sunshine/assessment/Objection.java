package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A department's one objection (异议) to its published result in a period, and the lead inspector's answer. */
@MappedEntity("objection")
public record Objection(@Id @GeneratedValue @Nullable Long id, long periodId, long departmentId, String text,
                        String filedByName, Instant filedAt, @Nullable ObjectionOutcome outcome,
                        @Nullable String answer, @Nullable String answeredByName, @Nullable Instant answeredAt) {

    public boolean answered() {
        return outcome != null;
    }

    Objection answered(ObjectionOutcome how, String answerText, String by, Instant at) {
        return new Objection(id, periodId, departmentId, text, filedByName, filedAt, how, answerText, by, at);
    }
}
