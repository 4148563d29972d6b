package org.sunshine.complaint;

import io.micronaut.core.annotation.Nullable;


import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A complaint as its complainant sees it with the codes: the steps in plain language (without staff names or
 * internal notes), the reply and its files, the deadline running now, and what they can still do. The department
 * they chose ({@code requestedDepartmentName}, none if they left it to the inspectors) may differ from the one in
 * charge ({@code departmentName}, none before the item is routed).
 *
 * @param noticesTo where the notices of each step go, masked (z***@163.com, 138****5678); empty for none
 */
public record PublicView(String trackingCode, ComplaintType type, String subject, String content, ComplaintState state,
                         Instant submittedAt, @Nullable String requestedDepartmentName,
                         @Nullable String departmentName, @Nullable LocalDate due,
                         boolean dueFallback, @Nullable String replyText, @Nullable Instant repliedAt,
                         @Nullable Rating rating, @Nullable String rejectReason, int extensionDays,
                         List<Step> steps, List<ComplaintAttachment.Info> replyFiles, Set<ComplaintAction> actions,
                         List<String> noticesTo) {

    /**
     * One step. {@code detail} is what the public may read of the note: a rejection's reason, the complainant's own
     * words, or the new date of a moved deadline; empty otherwise.
     */
    public record Step(Instant at, ComplaintAction action, ComplaintState to, @Nullable String departmentName, String detail) {
    }
}
