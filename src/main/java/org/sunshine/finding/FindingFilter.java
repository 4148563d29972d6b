package org.sunshine.finding;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.calendar.Warning;

import java.util.Set;

/**
 * A search of the finding lists; {@code null} or empty means any.
 *
 * @param marked     only findings marked as repeated or as a likely duplicate
 * @param text       part of the description
 */
public record FindingFilter(@Nullable Set<FindingStage> stages, @Nullable Long departmentId,
                            @Nullable IssueType issueType, @Nullable Severity severity, @Nullable FindingSource source,
                            @Nullable Warning warning, boolean marked, @Nullable String text) {

    public static final FindingFilter ALL = new FindingFilter(Set.of(), null, null, null, null, null, false, null);
}
