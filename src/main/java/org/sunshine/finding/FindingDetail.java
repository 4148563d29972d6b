package org.sunshine.finding;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.rectification.RectificationDetail;
import org.sunshine.workflow.Step;

import java.util.List;
import java.util.Set;

/**
 * One finding with everything about it that the viewer may see and the actions they may take now: its own steps
 * (confirm, dismiss) and, once confirmed, its rectification with the rectification's steps.
 *
 * @param record the disclosure record attached to it (evidence), if any
 */
public record FindingDetail(FindingRow row, @Nullable String evidenceUrl, @Nullable Long complaintId,
                            @Nullable String complaintTrackingCode, @Nullable String dismissReason,
                            List<FindingAttachment.Info> evidence, @Nullable LinkedRecord record,
                            List<Step<FindingState, FindingAction>> steps,
                            Set<FindingAction> actions, @Nullable RectificationDetail rectification) {
}
