package org.sunshine.complaint;

import io.micronaut.core.annotation.Nullable;

import org.sunshine.workflow.Step;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A complaint as a member of staff sees it. The complainant's name, phone and e-mail address are masked; {@code canReveal} says
 * whether this viewer may see them in full (an inspector, or the department with the complainant's consent).
 */
public record ComplaintDetail(ComplaintRow row, String content, @Nullable String requestedDepartmentName,
                              @Nullable Long departmentId, String maskedName, String maskedPhone, String maskedEmail,
                              boolean anonymous,
                              boolean consent, boolean canReveal, @Nullable String replyText,
                              @Nullable Instant repliedAt, @Nullable Rating rating, @Nullable String ratingComment,
                              @Nullable String rejectReason, LocalDate acceptDue, @Nullable LocalDate handleDue,
                              @Nullable LocalDate ratingDue, int extensionDays, @Nullable Integer requestedExtensionDays,
                              boolean reopened, List<Step<ComplaintState, ComplaintAction>> steps,
                              List<ComplaintAttachment.Info> attachments, Set<ComplaintAction> actions) {
}
