package org.sunshine.annualreport;

import org.sunshine.calendar.Warning;
import org.sunshine.workflow.Step;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A report as its page shows it.
 *
 * @param content          the published edition's when published, else computed from the data now
 * @param frozen           the content is a published edition's
 * @param unbalancedColumn the first column of table 三 that does not balance, -1 when all do
 * @param actions          the steps the viewer may take now
 * @param editable         the viewer may edit the text sections now
 */
public record ReportDetail(AnnualReport report, ReportContent content, boolean frozen, int unbalancedColumn,
                           Set<ReportAction> actions, boolean editable, List<Step<ReportState, ReportAction>> steps,
                           List<EditionInfo> editions, LocalDate due, Warning warning) {
}
