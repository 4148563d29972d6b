package org.sunshine.annualreport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import jakarta.inject.Singleton;
import org.sunshine.calendar.DeadlineKind;
import org.sunshine.annualreport.AnnualReports;
import org.sunshine.annualreport.ReportRow;
import org.sunshine.annualreport.ReportState;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ui.DueItem;
import org.sunshine.base.ui.ListAddress;
import org.sunshine.base.ui.Queues;
import org.sunshine.base.ui.WorkbenchDeadlines;
import org.sunshine.base.ui.WorkbenchSection;
import org.sunshine.calendar.Warning;
import org.sunshine.calendar.ui.DueBadge;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.List;
import java.util.Optional;

/**
 * The workbench's annual reports of the year being reported on: for the office the reports to approve (已报送), to
 * publish (已审核) and the organs late with theirs; for a department, while reports are due (January to March), its
 * report not yet submitted, and an approved one to publish. The unsubmitted report also joins the list by deadline.
 */
@Singleton
class ReportWorkbench implements WorkbenchSection, WorkbenchDeadlines {

    private static final String LIST = "disclosure/reports";
    private static final String GRID = "annual-reports";

    private final AnnualReports reports;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    ReportWorkbench(AnnualReports reports, CurrentUser currentUser, BusinessClock clock) {
        this.reports = reports;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Optional<Component> section() {
        SignedInUser user = currentUser.require();
        int year = reports.currentYear();
        Queues queues = new Queues("workbench-annual-reports", "workbench.annualReports");
        if (user.is(Role.INSPECTOR)) {
            List<ReportRow> rows = reports.list(year, user);
            queue(queues, rows, year, "workbench.stat.reportsToApprove", ReportState.SUBMITTED.name(), null);
            queue(queues, rows, year, "workbench.stat.reportsToPublish", ReportState.APPROVED.name(), null);
            queue(queues, rows, year, "workbench.stat.reportsLate", null, Warning.RED);
        } else if (user.is(Role.HANDLER) && user.departmentId() != null && inSeason(year)) {
            List<ReportRow> rows = reports.list(year, user);
            queue(queues, rows, year, "workbench.stat.reportsToSubmit", ReportListFilter.UNSUBMITTED, null);
            queue(queues, rows, year, "workbench.stat.reportsToPublish", ReportState.APPROVED.name(), null);
        } else {
            return Optional.empty();
        }
        return Optional.of(queues);
    }

    private void queue(Queues queues, List<ReportRow> rows, int year, String labelKey, String state, Warning warning) {
        long count = new ReportListFilter(state, warning).of(rows).size();
        String href = ListAddress.href(LIST, "year", year, "state", state, "warning", warning);
        if (warning == Warning.RED) {
            queues.overdue(labelKey, count, href, GRID);
        } else {
            queues.add(labelKey, count, href, GRID);
        }
    }

    /** Reports are due from 1 January (a department's by 31 January, the government's by 31 March). */
    private boolean inSeason(int year) {
        return clock.today().getYear() > year;
    }

    /** A department's report of the year not yet submitted, while reports are due. */
    @Override
    public List<DueItem> nearest(int limit) {
        SignedInUser user = currentUser.require();
        int year = reports.currentYear();
        if (!user.is(Role.HANDLER) || user.departmentId() == null || !inSeason(year)) {
            return List.of();
        }
        return new ReportListFilter(ReportListFilter.UNSUBMITTED, null).of(reports.list(year, user)).stream()
                .limit(limit).map(r -> {
                    Span badge = DueBadge.of(DeadlineKind.REPORT, r.due(), r.warning(), false);
                    return new DueItem(r.due(), badge.getTranslation("workbench.kind.annualReport"),
                            badge.getTranslation("annualreport.yearLabel", String.valueOf(year)), r.organName(),
                            ListAddress.href(LIST, "year", year), badge);
                }).toList();
    }

    @Override
    public int order() {
        return 17;
    }
}
