package org.sunshine.finding;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.base.files.Attachments;

import java.util.List;

/**
 * What a supervisor or an inspector files: against whom, what kind of problem, about what, and the evidence — which
 * may be a disclosure record of that department (its page is the evidence).
 */
public record NewFinding(@Nullable Long departmentId, @Nullable IssueType issueType, @Nullable Long keyAreaId,
                         @Nullable Long responsibilityItemId, String description, @Nullable String evidenceUrl,
                         @Nullable Severity severity, List<Attachments.Upload> files,
                         @Nullable Long disclosureRecordId) {

    public NewFinding {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** A finding about no particular disclosure record. */
    public NewFinding(@Nullable Long departmentId, @Nullable IssueType issueType, @Nullable Long keyAreaId,
                      @Nullable Long responsibilityItemId, String description, @Nullable String evidenceUrl,
                      @Nullable Severity severity, List<Attachments.Upload> files) {
        this(departmentId, issueType, keyAreaId, responsibilityItemId, description, evidenceUrl, severity, files, null);
    }
}
