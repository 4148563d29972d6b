package org.sunshine.dashboard;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.PeriodQueries;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.proactive.CadenceWatch;
import org.sunshine.proactive.LateRecords;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dashboard's 主动公开 figures: the responsibility items overdue now (by lead department, with the key area of
 * the item) and the on-time rate of the records due in the year of the dashboard's period, by department.
 */
@Singleton
public class ProactiveBoard {

    private final CadenceWatch watch;
    private final LateRecords records;
    private final PeriodQueries periods;
    private final DepartmentService departments;
    private final BusinessClock clock;

    ProactiveBoard(CadenceWatch watch, LateRecords records, PeriodQueries periods, DepartmentService departments,
                   BusinessClock clock) {
        this.watch = watch;
        this.records = records;
        this.periods = periods;
        this.departments = departments;
        this.clock = clock;
    }

    /**
     * A department's records due in the year (up to today) and how many were on time, and its items overdue now.
     *
     * @param rate the share on time, or {@code null} with no record due
     */
    public record Row(long departmentId, String departmentName, long overdueItems, long due, long onTime, Double rate) {
    }

    /** The year the figures are about: that of the period's end. */
    @Transactional(readOnly = true)
    public int year(Dashboard.Filter filter) {
        return period(filter).getEndsOn().getYear();
    }

    /** The windows overdue now, of the filter's key area (the item's) and kind of department. */
    @Transactional(readOnly = true)
    public List<CadenceWatch.Miss> overdue(Dashboard.Filter filter, SignedInUser viewer) {
        requireStaff(viewer);
        Map<Long, DepartmentRow> all = departments();
        return watch.overdueNow().stream()
                .filter(m -> filter.keyAreaId() == null || filter.keyAreaId().equals(m.keyAreaId()))
                .filter(m -> filter.type() == null || (all.containsKey(m.departmentId())
                        && all.get(m.departmentId()).type() == filter.type()))
                .toList();
    }

    /** Each department with records due in the year or items overdue: the figures, the lowest rate first. */
    @Transactional(readOnly = true)
    public List<Row> byDepartment(Dashboard.Filter filter, SignedInUser viewer) {
        List<CadenceWatch.Miss> overdue = overdue(filter, viewer);
        int year = year(filter);
        LocalDate to = LocalDate.of(year, 12, 31);
        if (to.isAfter(clock.today())) {
            to = clock.today();
        }
        Map<Long, DepartmentRow> all = departments();
        Map<Long, Long> overdueBy = overdue.stream()
                .collect(Collectors.groupingBy(CadenceWatch.Miss::departmentId, Collectors.counting()));
        Map<Long, LateRecords.Timeliness> due = new HashMap<>();
        if (!to.isBefore(LocalDate.of(year, 1, 1))) {
            records.timeliness(LocalDate.of(year, 1, 1), to).forEach(t -> due.put(t.departmentId(), t));
        }
        List<Row> rows = new ArrayList<>();
        for (DepartmentRow d : all.values()) {
            if (filter.type() != null && d.type() != filter.type()) {
                continue;
            }
            LateRecords.Timeliness t = due.get(d.id());
            long items = overdueBy.getOrDefault(d.id(), 0L);
            if (t == null && items == 0) {
                continue;
            }
            rows.add(new Row(d.id(), d.name(), items, t == null ? 0 : t.due(), t == null ? 0 : t.onTime(),
                    t == null || t.due() == 0 ? null : t.rate()));
        }
        rows.sort(Comparator.comparing((Row r) -> r.rate() == null ? 2.0 : r.rate())
                .thenComparing(Comparator.comparingLong(Row::overdueItems).reversed()).thenComparing(Row::departmentName));
        return rows;
    }

    private Period period(Dashboard.Filter filter) {
        return periods.find(filter.periodId()).orElseThrow(() -> new DomainException("assessment.period.error.missing"));
    }

    private Map<Long, DepartmentRow> departments() {
        return departments.all().stream().collect(Collectors.toMap(DepartmentRow::id, d -> d));
    }

    private static void requireStaff(SignedInUser viewer) {
        if (viewer == null || !(viewer.is(Role.LEADER) || viewer.is(Role.INSPECTOR))) {
            throw new DomainException("error.notAllowed");
        }
    }
}
