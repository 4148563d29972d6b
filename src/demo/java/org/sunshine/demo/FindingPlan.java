package org.sunshine.demo;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.demo.HistoryCity.Person;
import org.sunshine.finding.FindingSource;
import org.sunshine.finding.IssueType;
import org.sunshine.finding.Severity;

import java.time.Instant;

/**
 * A finding to file: by an inspector or a supervisor, or opened by a low review score. Planned first (the reviews
 * while their complaints are written, the others month by month), then filed by {@link HistoryFindings} in the order
 * of their filing moments; {@code seed} draws the rest of its story.
 */
record FindingPlan(Instant filedAt, long department, IssueType issue, @Nullable Long areaId, @Nullable Long itemId,
                   String description, @Nullable String evidenceUrl, Severity severity, FindingSource source,
                   Person filer, @Nullable Long complaintId, @Nullable Long supervisorId, HistoryTexts.Topic topic,
                   long seed) {
}
