package org.sunshine.complaint;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.base.files.Attachments;

import java.util.List;

/**
 * What a complainant (or staff, for a call or a letter) submits.
 *
 * @param departmentId the department the complainant thinks responsible (optional: the inspector routes)
 * @param email        where the complainant wants to be told of each step (optional)
 * @param consent      the complainant agrees that the department sees their name and contact
 */
public record Submission(ComplaintType type, @Nullable Long keyAreaId, @Nullable Long departmentId, String subject,
                         String content, @Nullable String name, @Nullable String phone, @Nullable String email,
                         boolean consent, List<Attachments.Upload> attachments) {

    /** A submission without an e-mail address. */
    public Submission(ComplaintType type, @Nullable Long keyAreaId, @Nullable Long departmentId, String subject,
                      String content, @Nullable String name, @Nullable String phone, boolean consent,
                      List<Attachments.Upload> attachments) {
        this(type, keyAreaId, departmentId, subject, content, name, phone, null, consent, attachments);
    }
}
