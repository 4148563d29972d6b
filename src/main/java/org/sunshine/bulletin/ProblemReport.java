package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.sunshine.finding.RectificationReport;

import java.time.Instant;

/** A department's rectification report (整改报告) on a problem-list item, and the inspector's verdict on it. */
@MappedEntity("bulletin_report")
public record ProblemReport(@Id @GeneratedValue @Nullable Long id, long problemId, String text, long submittedBy,
                            String submittedByName, Instant submittedAt, boolean onTime,
                            @Nullable RectificationReport.Verdict verdict, @Nullable String verdictNote,
                            @Nullable String verdictByName, @Nullable Instant verdictAt) {

    ProblemReport judged(RectificationReport.Verdict how, String note, String by, Instant at) {
        return new ProblemReport(id, problemId, text, submittedBy, submittedByName, submittedAt, onTime, how, note, by, at);
    }
}
