package org.sunshine.finding;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** One finding with everything about it that the viewer may see and the actions they may take now. */
public record FindingDetail(FindingRow row, @Nullable String evidenceUrl, @Nullable Long complaintId,
                            @Nullable String complaintTrackingCode, @Nullable String dismissReason,
                            @Nullable LocalDate confirmedOn, List<FindingAttachment.Info> evidence,
                            List<Report> reports, List<EventRow> events, Set<FindingAction> actions) {

    /** A rectification report with its files and verdict. */
    public record Report(long id, String text, String submittedByName, Instant submittedAt, boolean onTime,
                         @Nullable RectificationReport.Verdict verdict, @Nullable String verdictNote,
                         @Nullable String verdictByName, @Nullable Instant verdictAt,
                         List<FindingAttachment.Info> files) {
    }

    public record EventRow(Instant at, FindingAction action, @Nullable FindingState from, FindingState to,
                           FindingActor actorKind, String actorName, String note) {
    }
}
