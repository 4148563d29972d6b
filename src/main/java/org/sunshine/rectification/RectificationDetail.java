package org.sunshine.rectification;

import org.sunshine.workflow.Step;

import java.util.List;
import java.util.Set;

/**
 * A rectification with every report (and its files and verdict), its history, and the steps this viewer may take.
 */
public record RectificationDetail(RectificationView view, List<ReportRow> reports,
                                  List<Step<RectificationState, RectificationAction>> steps,
                                  Set<RectificationAction> actions) {

    /** A report with its files. */
    public record ReportRow(Report report, List<FileInfo> files) {
    }
}
