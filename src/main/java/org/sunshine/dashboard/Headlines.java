package org.sunshine.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.annualreport.AnnualReports;
import org.sunshine.annualreport.ReportRow;
import org.sunshine.base.DomainException;
import org.sunshine.inforequest.RequestQueries;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.statistics.FindingFigures;
import org.sunshine.statistics.StatisticsQueries;

import java.util.List;

/**
 * The dashboard's headline figures, first on the page: the period's complaints received, on-time and satisfaction
 * rates (from the monthly statistics, by the period's rules), and what stands now — items overdue, findings open,
 * applications for information overdue, organs late with last year's annual report. Each from an indexed query or
 * the existing statistics; the period's figures follow the key area and the kind of department, and so do the
 * overdue items and the open findings; applications and annual reports are the whole government's.
 */
@Singleton
public class Headlines {

    private final Dashboard dashboard;
    private final StatisticsQueries statistics;
    private final FindingFigures findings;
    private final RequestQueries requests;
    private final AnnualReports reports;

    Headlines(Dashboard dashboard, StatisticsQueries statistics, FindingFigures findings, RequestQueries requests,
              AnnualReports reports) {
        this.dashboard = dashboard;
        this.statistics = statistics;
        this.findings = findings;
        this.requests = requests;
        this.reports = reports;
    }

    /**
     * The figures.
     *
     * @param complaints     the period's complaints taken together, with their rates ({@code null} below the minimum volume)
     * @param minVolume      the period's minimum volume for a rate
     * @param overdueNow     complaints, findings and problem-list items past their deadline today
     * @param openFindings   findings to be confirmed or being rectified
     * @param reportYear     the year of the annual reports counted late
     * @param lateOrgans     the organs whose report of that year is past its due date and not published
     */
    public record Figures(StatisticsQueries.Totals complaints, int minVolume, int overdueNow, long openFindings,
                          long requestsOverdue, int reportYear, List<String> lateOrgans) {

        public @Nullable Double onTimeRate() {
            return complaints.onTimeRate();
        }

        public @Nullable Double satisfactionRate() {
            return complaints.satisfactionRate();
        }
    }

    @Transactional(readOnly = true)
    public Figures of(Dashboard.Filter filter, SignedInUser viewer) {
        return of(filter, viewer, statistics.overdueNow(filter.type(), filter.keyAreaId()));
    }

    /** The figures, with what is overdue now as the dashboard's chart has read it (the same query, read once). */
    @Transactional(readOnly = true)
    public Figures of(Dashboard.Filter filter, SignedInUser viewer, List<StatisticsQueries.Overdue> overdueNow) {
        if (viewer == null || !(viewer.is(Role.LEADER) || viewer.is(Role.INSPECTOR))) {
            throw new DomainException("error.notAllowed");
        }
        var rules = dashboard.rules(filter);
        StatisticsQueries.Totals totals = statistics.totals(dashboard.months(filter, false), rules);
        int overdue = overdueNow.stream().mapToInt(StatisticsQueries.Overdue::red).sum();
        return new Figures(totals, rules.minVolume(), overdue, findings.openFindings(filter.type(), filter.keyAreaId()),
                requests.overdueNow(), reports.latestDueYear(),
                reports.lateNow().stream().map(ReportRow::organName).toList());
    }
}
