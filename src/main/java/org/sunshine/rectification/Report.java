package org.sunshine.rectification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A department's rectification report (整改报告) and, once given, the inspector's verdict on it.
 *
 * @param onTime sent on or before the deadline running at the time
 */
@MappedEntity("rectification_report")
public record Report(
        @Id @GeneratedValue @Nullable Long id,
        Long rectificationId,
        String text,
        Long submittedBy,
        String submittedByName,
        Instant submittedAt,
        boolean onTime,
        @Nullable Verdict verdict,
        @Nullable String verdictNote,
        @Nullable String verdictByName,
        @Nullable Instant verdictAt) {

    /** The inspector's verdict; the label is {@code rectification.verdict.<NAME>}. */
    public enum Verdict {
        ACCEPTED,
        RETURNED
    }

    Report judged(Verdict verdict, String note, String by, Instant at) {
        return new Report(id, rectificationId, text, submittedBy, submittedByName, submittedAt, onTime, verdict, note,
                by, at);
    }
}
