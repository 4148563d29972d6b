package org.sunshine.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.annualreport.AnnualReports;
import org.sunshine.annualreport.ReportRow;
import org.sunshine.annualreport.ReportSteps;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The demo city's annual reports ({@code sunshine.demo-activity}), through the services, after its records and
 * applications: last year's of every organ submitted by the organ (the department's handler; the office's inspector
 * for the government and the office), approved and published by the office — frozen with their PDF and DOCX — and
 * this year's opened as drafts, their tables filled from the data so far and their sections drafted.
 */
@Singleton
@Requires(property = "sunshine.demo-activity", value = "true")
@Requires(bean = DemoData.class)
public class DemoReports {

    private static final Logger LOG = LoggerFactory.getLogger(DemoReports.class);

    private final AnnualReports reports;
    private final ReportSteps steps;
    private final DepartmentService departments;
    private final UserService users;
    private final Clock clock;

    DemoReports(AnnualReports reports, ReportSteps steps, DepartmentService departments, UserService users,
                Clock clock) {
        this.reports = reports;
        this.steps = steps;
        this.departments = departments;
        this.users = users;
        this.clock = clock;
    }

    /** Called by {@link DemoActivity} after the records and applications. */
    void load() {
        int year = LocalDate.now(clock).getYear();
        SignedInUser inspector = staff("inspector");
        if (!reports.list(year - 1, inspector).stream().allMatch(r -> r.id() == null)) {
            return;
        }
        long started = System.nanoTime();
        reports.openYear(year - 1, inspector);
        int published = 0;
        for (ReportRow row : reports.list(year - 1, inspector)) {
            SignedInUser organ = organ(row, inspector);
            steps.submit(row.id(), organ);
            steps.approve(row.id(), inspector);
            steps.publish(row.id(), inspector);
            published++;
        }
        int drafts = reports.openYear(year, inspector);
        LOG.info("Loaded the demo annual reports: {} of {} published, {} of {} in draft ({} ms)", published, year - 1,
                drafts, year, (System.nanoTime() - started) / 1_000_000);
    }

    /** Who writes the organ's report: its department's handler, or the office's inspector. */
    private SignedInUser organ(ReportRow row, SignedInUser inspector) {
        if (row.government()) {
            return inspector;
        }
        DepartmentRow d = departments.row(Long.parseLong(row.organKey())).orElseThrow();
        if (d.code().equals("SZFB")) {
            return inspector;
        }
        return staff(d.code().equals("MZJ") ? "handler" : "h." + d.code().toLowerCase(Locale.ROOT));
    }

    private SignedInUser staff(String username) {
        var u = users.byUsername(username).orElseThrow();
        return new SignedInUser(u.id(), u.username(), u.displayName(), u.role(), u.departmentId());
    }
}
