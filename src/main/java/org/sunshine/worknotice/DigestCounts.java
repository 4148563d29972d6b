package org.sunshine.worknotice;

import jakarta.inject.Singleton;
import org.sunshine.calendar.Warning;
import org.sunshine.inforequest.RequestFilter;
import org.sunshine.inforequest.RequestQueries;
import org.sunshine.security.Role;
import org.sunshine.security.StaffMember;
import org.sunshine.statistics.StatisticsQueries;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Whose yellow and red items are whose, as of now: an inspector's are the complaints on the 受理 clock (not yet
 * routed); a handler's are their department's complaints on its clock, its rectifications of findings and of
 * problem lists, and its organ's applications; other roles have none. The figures are the dashboard's "overdue now"
 * and the application list's, read once per run.
 */
@Singleton
class DigestCounts {

    private final StatisticsQueries statistics;
    private final RequestQueries requests;

    DigestCounts(StatisticsQueries statistics, RequestQueries requests) {
        this.statistics = statistics;
        this.requests = requests;
    }

    /** The figures now, for one run over everybody. */
    Function<StaffMember, Digest> now() {
        Map<Long, StatisticsQueries.Overdue> byDepartment = new HashMap<>();
        statistics.overdueNow(null, null).forEach(o -> byDepartment.put(o.departmentId(), o));
        Map<Long, long[]> applications = new HashMap<>();
        return member -> digest(member, byDepartment, department -> applications.computeIfAbsent(department,
                d -> new long[] {count(member, Warning.RED), count(member, Warning.YELLOW)}));
    }

    /** Someone's digest from the figures by department (0: not routed yet) and their organ's applications. */
    static Digest digest(StaffMember member, Map<Long, StatisticsQueries.Overdue> byDepartment,
                         Function<Long, long[]> applications) {
        if (member.role() == Role.INSPECTOR) {
            StatisticsQueries.Overdue toRoute = byDepartment.get(0L);
            return toRoute == null ? new Digest(List.of())
                    : new Digest(List.of(new Digest.Line("worknotice.kind.toAccept", toRoute.complaintsRed(),
                    toRoute.complaintsYellow())));
        }
        if (member.role() != Role.HANDLER || member.departmentId() == null) {
            return new Digest(List.of());
        }
        StatisticsQueries.Overdue own = byDepartment.get(member.departmentId());
        long[] apps = applications.apply(member.departmentId());
        return new Digest(List.of(
                new Digest.Line("worknotice.kind.complaints", own == null ? 0 : own.complaintsRed(),
                        own == null ? 0 : own.complaintsYellow()),
                new Digest.Line("worknotice.kind.findings", own == null ? 0 : own.findingsRed(),
                        own == null ? 0 : own.findingsYellow()),
                new Digest.Line("worknotice.kind.problems", own == null ? 0 : own.problemsRed(),
                        own == null ? 0 : own.problemsYellow()),
                new Digest.Line("worknotice.kind.applications", apps[0], apps[1])));
    }

    private long count(StaffMember member, Warning warning) {
        return requests.count(RequestFilter.ALL.withStates(RequestFilter.OPEN).withWarning(warning), member.asViewer());
    }
}
