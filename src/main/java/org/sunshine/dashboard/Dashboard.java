package org.sunshine.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.assessment.LockedTotal;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.PeriodQueries;
import org.sunshine.assessment.PeriodResults;
import org.sunshine.assessment.PeriodState;
import org.sunshine.assessment.ResultTable;
import org.sunshine.assessment.ScoringRules;
import org.sunshine.base.DomainException;
import org.sunshine.bulletin.BulletinQueries;
import org.sunshine.bulletin.BulletinState;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.DepartmentType;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.statistics.FindingFigures;
import org.sunshine.statistics.StatisticsQueries;
import org.sunshine.statistics.StatisticsRefresh;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the leadership dashboard shows (docs/architecture.md, "Dashboard"), for leaders and inspectors: the ranking
 * of a period, the score trend over the locked periods, complaints by key area and month, on-time and satisfaction
 * rates by department, what is overdue now, findings and their rectification, bulletins with their receipts and
 * problem lists — each filtered by period, key area and kind of department where it applies.
 */
@Singleton
public class Dashboard {

    /** How many locked periods the trend shows, the latest last. */
    static final int TREND_PERIODS = 8;

    private final PeriodQueries periods;
    private final PeriodResults results;
    private final DepartmentService departments;
    private final StatisticsQueries statistics;
    private final FindingFigures findingFigures;
    private final StatisticsRefresh refresh;
    private final BulletinQueries bulletins;

    Dashboard(PeriodQueries periods, PeriodResults results, DepartmentService departments, StatisticsQueries statistics,
              FindingFigures findingFigures, StatisticsRefresh refresh, BulletinQueries bulletins) {
        this.periods = periods;
        this.results = results;
        this.departments = departments;
        this.statistics = statistics;
        this.findingFigures = findingFigures;
        this.refresh = refresh;
        this.bulletins = bulletins;
    }

    /** The dashboard's filter: a period (its months and its ranking), a key area, a kind of department. */
    public record Filter(long periodId, @Nullable Long keyAreaId, @Nullable DepartmentType type) {
    }

    /** A department's totals over the trend's periods ({@code null} where it was not assessed). */
    public record Trend(long departmentId, String departmentName, List<Double> totals) {
    }

    /** The periods to choose from, newest first: every period, locked or not. */
    @Transactional(readOnly = true)
    public List<Period> periods(SignedInUser viewer) {
        requireStaff(viewer);
        return periods.all();
    }

    /** The period a dashboard opens on: the newest locked one, else the newest. */
    @Transactional(readOnly = true)
    public Optional<Period> defaultPeriod(SignedInUser viewer) {
        List<Period> all = periods(viewer);
        return all.stream().filter(p -> p.getState() == PeriodState.LOCKED).findFirst().or(() -> all.stream().findFirst());
    }

    /** The period's ranking (locked, or computed now), its departments of the filter's kind only. */
    @Transactional(readOnly = true)
    public ResultTable ranking(Filter filter, SignedInUser viewer) {
        requireStaff(viewer);
        ResultTable table = results.current(period(filter.periodId()));
        if (filter.type() == null) {
            return table;
        }
        Map<Long, DepartmentType> types = types();
        return new ResultTable(table.period(), table.tree(), table.revisionNo(), table.rows().stream()
                .filter(r -> types.get(r.departmentId()) == filter.type()).toList());
    }

    /** The locked periods of the trend (up to the filter's period, at most {@link #TREND_PERIODS}), oldest first. */
    @Transactional(readOnly = true)
    public List<Period> trendPeriods(Filter filter, SignedInUser viewer) {
        requireStaff(viewer);
        Period selected = period(filter.periodId());
        List<Period> locked = periods.locked().stream()
                .filter(p -> p.getKind() == selected.getKind() && !p.getStartsOn().isAfter(selected.getStartsOn()))
                .toList();
        return locked.subList(Math.max(0, locked.size() - TREND_PERIODS), locked.size());
    }

    /** Each department's total in the trend's periods, best in the latest first. */
    @Transactional(readOnly = true)
    public List<Trend> trend(Filter filter, SignedInUser viewer) {
        List<Period> shown = trendPeriods(filter, viewer);
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> column = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            column.put(shown.get(i).getId(), i);
        }
        Map<Long, Double[]> byDepartment = new HashMap<>();
        for (LockedTotal c : results.lockedTotals(column.keySet())) {
            byDepartment.computeIfAbsent(c.departmentId(), d -> new Double[shown.size()])[column.get(c.periodId())] =
                    c.total().doubleValue();
        }
        Map<Long, DepartmentRow> all = departments();
        List<Trend> rows = new ArrayList<>();
        byDepartment.forEach((id, totals) -> {
            DepartmentRow d = all.get(id);
            if (d != null && (filter.type() == null || d.type() == filter.type())) {
                rows.add(new Trend(id, d.name(), java.util.Arrays.asList(totals)));
            }
        });
        int last = shown.size() - 1;
        rows.sort(Comparator.comparing((Trend t) -> t.totals().get(last) == null ? -1 : t.totals().get(last)).reversed()
                .thenComparing(Trend::departmentName));
        return rows;
    }

    /** The months of the figures: the period's, or for complaints by month the twelve months up to its end. */
    @Transactional(readOnly = true)
    public StatisticsQueries.Filter months(Filter filter, boolean year) {
        Period p = period(filter.periodId());
        LocalDate from = year ? YearMonth.from(p.getEndsOn()).minusMonths(11).atDay(1) : p.getStartsOn();
        return new StatisticsQueries.Filter(from, p.getEndsOn(), filter.keyAreaId(), filter.type());
    }

    @Transactional(readOnly = true)
    public List<StatisticsQueries.MonthArea> complaintsByMonth(Filter filter, SignedInUser viewer) {
        requireStaff(viewer);
        return statistics.byMonthAndArea(months(filter, true));
    }

    /** On-time and satisfaction rates of the departments that had complaints due or rated in the period. */
    @Transactional(readOnly = true)
    public List<StatisticsQueries.DepartmentFigures> rates(Filter filter, SignedInUser viewer) {
        requireStaff(viewer);
        return statistics.byDepartment(months(filter, false), rules(filter)).stream()
                .filter(d -> d.due() > 0 || d.rated() > 0 || d.received() > 0).toList();
    }

    @Transactional(readOnly = true)
    public List<StatisticsQueries.Overdue> overdue(Filter filter, SignedInUser viewer) {
        requireStaff(viewer);
        return statistics.overdueNow(filter.type(), filter.keyAreaId());
    }

    @Transactional(readOnly = true)
    public List<FindingFigures.FindingProgress> findings(Filter filter, SignedInUser viewer) {
        requireStaff(viewer);
        return findingFigures.findings(months(filter, false));
    }

    /** The period's issued (and revoked) bulletins, newest first, with their receipts and problem lists. */
    @Transactional(readOnly = true)
    public List<BulletinQueries.Row> bulletins(Filter filter, SignedInUser viewer) {
        requireStaff(viewer);
        return bulletins.list(viewer).stream().filter(b -> b.periodId() == filter.periodId())
                .filter(b -> b.state() == BulletinState.ISSUED || b.state() == BulletinState.REVOKED).toList();
    }

    /**
     * How fresh the complaint figures are.
     *
     * @param refreshedAt when they were last brought up to date, or {@code null} if never
     * @param building    a computation is under way: what is shown is the last one's (nothing yet if never)
     */
    public record Freshness(@Nullable Instant refreshedAt, boolean building) {
    }

    /**
     * How fresh the complaint figures are. Figures never computed (a first start, a rebuild asked for) are computed
     * in the background, never in the screen's request: at a million complaints that takes several seconds.
     */
    public Freshness freshness() {
        Instant at = refresh.refreshedAt();
        if (at == null) {
            refresh.refreshInBackground();
        }
        return new Freshness(at, refresh.building());
    }

    /** The rules the filter's period is assessed by: its minimum volume and what a 基本满意 counts for. */
    @Transactional(readOnly = true)
    public ScoringRules rules(Filter filter) {
        return period(filter.periodId()).rules();
    }

    private Period period(long id) {
        return periods.find(id).orElseThrow(() -> new DomainException("assessment.period.error.missing"));
    }

    private Map<Long, DepartmentRow> departments() {
        return departments.all().stream().collect(Collectors.toMap(DepartmentRow::id, d -> d));
    }

    private Map<Long, DepartmentType> types() {
        return departments().values().stream().collect(Collectors.toMap(DepartmentRow::id, DepartmentRow::type));
    }

    private static void requireStaff(SignedInUser viewer) {
        if (viewer == null || !(viewer.is(Role.LEADER) || viewer.is(Role.INSPECTOR))) {
            throw new DomainException("error.notAllowed");
        }
    }
}
