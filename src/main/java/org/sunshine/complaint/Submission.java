package org.sunshine.complaint;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.base.files.Attachments;

import java.util.List;

/**
 * What a complainant (or staff, for a call or a letter) submits.
 *
 * @param departmentId the department the complainant thinks responsible (optional: the inspector routes)
 * @param consent      the complainant agrees that the department sees their name and phone
 */
public record Submission(ComplaintType type, @Nullable Long keyAreaId, @Nullable Long departmentId, String subject,
                         String content, @Nullable String name, @Nullable String phone, boolean consent,
                         List<Attachments.Upload> attachments) {
}
