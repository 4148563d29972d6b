package org.sunshine.statistics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.assessment.ScoringRules;
import org.sunshine.base.BusinessClock;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.complaint.ComplaintSettings;
import org.sunshine.complaint.ComplaintState;
import org.sunshine.rectification.RectificationSettings;
import org.sunshine.directory.DepartmentType;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the dashboard, the public scoreboard and the open data, from the monthly statistics and from the
 * items open now. A rate is given only when it rests on at least the period's minimum volume (its {@link ScoringRules},
 * copied when the period was set up, the same rule its assessment scored by): below it the figure is {@code null}
 * (样本不足), never a rate of 3 complaints. The figures about findings are {@link FindingFigures}.
 */
@Singleton
public class StatisticsQueries {

    private final JdbcOperations jdbc;
    private final WorkingDayCalendar calendar;
    private final ComplaintSettings complaintSettings;
    private final RectificationSettings rectificationSettings;
    private final BusinessClock clock;

    StatisticsQueries(JdbcOperations jdbc, WorkingDayCalendar calendar,
                      ComplaintSettings complaintSettings, RectificationSettings rectificationSettings,
                      BusinessClock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.complaintSettings = complaintSettings;
        this.rectificationSettings = rectificationSettings;
        this.clock = clock;
    }

    /**
     * What the figures are about: whole months from {@code from} to {@code to}, optionally one key area and one kind of
     * department.
     */
    public record Filter(LocalDate from, LocalDate to, @Nullable Long keyAreaId, @Nullable DepartmentType type) {
    }

    /**
     * A department's complaints in the months of a filter.
     *
     * @param onTimeRate       replied by the deadline / due, or {@code null} below the minimum volume
     * @param satisfactionRate (满意 + w × 基本满意) / rated, or {@code null} below the minimum volume
     */
    public record DepartmentFigures(long departmentId, String departmentName, String departmentCode, DepartmentType type,
                                    int received, int due, int dueOnTime, int replied, int reopened, int satisfied,
                                    int basic, int dissatisfied, @Nullable Double onTimeRate,
                                    @Nullable Double satisfactionRate) {

        public int rated() {
            return satisfied + basic + dissatisfied;
        }
    }

    /** Complaints received in a month in a key area (0: none). */
    public record MonthArea(YearMonth month, long keyAreaId, int received) {
    }

    /** A department's items past their deadline (red) or close to it (yellow) today. */
    public record Overdue(long departmentId, String departmentName, int complaintsRed, int complaintsYellow,
                          int findingsRed, int findingsYellow, int problemsRed, int problemsYellow) {

        public int red() {
            return complaintsRed + findingsRed + problemsRed;
        }

        public int yellow() {
            return complaintsYellow + findingsYellow + problemsYellow;
        }
    }

    /**
     * Every active department of the filter's kind, with its complaint figures (zeros when it had none); the rates by
     * the minimum volume and the 基本满意 weight of {@code rules}, the rules of the period the figures are about.
     */
    @Transactional(readOnly = true)
    public List<DepartmentFigures> byDepartment(Filter filter, ScoringRules rules) {
        Map<Long, DepartmentFigures> rows = new LinkedHashMap<>();
        departments(jdbc, filter.type(), (id, name, code, type) -> rows.put(id,
                new DepartmentFigures(id, name, code, type, 0, 0, 0, 0, 0, 0, 0, 0, null, null)));
        String sql = "SELECT department_id, SUM(received), SUM(due), SUM(due_on_time), SUM(replied), SUM(reopened), "
                + "SUM(satisfied), SUM(basic), SUM(dissatisfied) FROM complaint_month_stats "
                + "WHERE month_start BETWEEN ? AND ? AND department_id <> 0" + (filter.keyAreaId() == null ? "" : " AND key_area_id = ?")
                + " GROUP BY department_id";
        jdbc.prepareStatement(sql, s -> {
            bindMonths(s, filter);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    DepartmentFigures d = rows.get(r.getLong(1));
                    if (d == null) {
                        continue; // inactive, or not of the kind asked for
                    }
                    int due = r.getInt(3);
                    int onTime = r.getInt(4);
                    int satisfied = r.getInt(7);
                    int basic = r.getInt(8);
                    int dissatisfied = r.getInt(9);
                    int rated = satisfied + basic + dissatisfied;
                    rows.put(d.departmentId(), new DepartmentFigures(d.departmentId(), d.departmentName(), d.departmentCode(),
                            d.type(), r.getInt(2), due, onTime, r.getInt(5), r.getInt(6), satisfied, basic, dissatisfied,
                            due >= rules.minVolume() ? (double) onTime / due : null,
                            rated >= rules.minVolume() ? (satisfied + rules.basicWeight() * basic) / rated : null));
                }
            }
            return null;
        });
        return new ArrayList<>(rows.values());
    }

    /**
     * The complaints of the filter's months taken together: every department of its kind, and with no kind also those
     * not routed yet; the rates by the same rules as a department's.
     */
    public record Totals(int received, int due, int dueOnTime, int satisfied, int basic, int dissatisfied,
                         @Nullable Double onTimeRate, @Nullable Double satisfactionRate) {

        public int rated() {
            return satisfied + basic + dissatisfied;
        }
    }

    @Transactional(readOnly = true)
    public Totals totals(Filter filter, ScoringRules rules) {
        String sql = "SELECT SUM(s.received), SUM(s.due), SUM(s.due_on_time), SUM(s.satisfied), SUM(s.basic), "
                + "SUM(s.dissatisfied) FROM complaint_month_stats s "
                + (filter.type() == null ? "" : "JOIN department d ON d.id = s.department_id AND d.type = ? ")
                + "WHERE s.month_start BETWEEN ? AND ?" + (filter.keyAreaId() == null ? "" : " AND s.key_area_id = ?");
        return jdbc.prepareStatement(sql, s -> {
            int i = 1;
            if (filter.type() != null) {
                s.setString(i++, filter.type().name());
            }
            s.setDate(i++, Date.valueOf(filter.from().withDayOfMonth(1)));
            s.setDate(i++, Date.valueOf(filter.to().withDayOfMonth(1)));
            if (filter.keyAreaId() != null) {
                s.setLong(i, filter.keyAreaId());
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                int due = r.getInt(2);
                int onTime = r.getInt(3);
                int satisfied = r.getInt(4);
                int basic = r.getInt(5);
                int dissatisfied = r.getInt(6);
                int rated = satisfied + basic + dissatisfied;
                return new Totals(r.getInt(1), due, onTime, satisfied, basic, dissatisfied,
                        due >= rules.minVolume() ? (double) onTime / due : null,
                        rated >= rules.minVolume() ? (satisfied + rules.basicWeight() * basic) / rated : null);
            }
        });
    }

    /** Complaints received by month and key area (departments of the filter's kind, or not yet routed if no kind). */
    @Transactional(readOnly = true)
    public List<MonthArea> byMonthAndArea(Filter filter) {
        String sql = "SELECT s.month_start, s.key_area_id, SUM(s.received) FROM complaint_month_stats s "
                + (filter.type() == null ? "" : "JOIN department d ON d.id = s.department_id AND d.type = ? ")
                + "WHERE s.month_start BETWEEN ? AND ?" + (filter.keyAreaId() == null ? "" : " AND s.key_area_id = ?")
                + " GROUP BY s.month_start, s.key_area_id ORDER BY s.month_start, s.key_area_id";
        return jdbc.prepareStatement(sql, s -> {
            int i = 1;
            if (filter.type() != null) {
                s.setString(i++, filter.type().name());
            }
            s.setDate(i++, Date.valueOf(filter.from().withDayOfMonth(1)));
            s.setDate(i++, Date.valueOf(filter.to().withDayOfMonth(1)));
            if (filter.keyAreaId() != null) {
                s.setLong(i, filter.keyAreaId());
            }
            List<MonthArea> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (r.getInt(3) > 0) {
                        rows.add(new MonthArea(YearMonth.from(r.getDate(1).toLocalDate()), r.getLong(2), r.getInt(3)));
                    }
                }
            }
            return rows;
        });
    }

    /**
     * Items past their deadline or close to it today, by department: complaints on the department's handling clock,
     * confirmed findings being rectified, problem-list items of issued bulletins being rectified. Complaints not routed
     * yet (on the inspectors' accepting clock) are the row of department 0. With a key area, only the complaints and
     * findings about it (a problem-list item has no key area).
     */
    @Transactional(readOnly = true)
    public List<Overdue> overdueNow(@Nullable DepartmentType type, @Nullable Long keyAreaId) {
        LocalDate today = clock.today();
        Map<Long, int[]> counts = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        departments(jdbc, type, (id, name, code, t) -> names.put(id, name));
        String area = keyAreaId == null ? "" : " AND key_area_id = " + keyAreaId;
        count("SELECT department_id, SUM(CASE WHEN handle_due < ? THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN handle_due BETWEEN ? AND ? THEN 1 ELSE 0 END) FROM complaint "
                + "WHERE state IN (" + states(ComplaintState::withDepartment) + ") "
                + "AND department_id IS NOT NULL" + area + " GROUP BY department_id", today,
                calendar.yellowUntil(today, complaintSettings.warningDays()), counts, 0);
        count("SELECT 0, SUM(CASE WHEN accept_due < ? THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN accept_due BETWEEN ? AND ? THEN 1 ELSE 0 END) FROM complaint "
                + "WHERE state IN (" + states(ComplaintState::beforeRouting) + ")" + area, today,
                calendar.yellowUntil(today, complaintSettings.warningDays()), counts, 0);
        // rectifications on the department's clock: findings' (about the key area, if any) and problem lists'
        String onTheClock = "SELECT r.department_id, SUM(CASE WHEN r.due_on < ? THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN r.due_on BETWEEN ? AND ? THEN 1 ELSE 0 END) FROM rectification r ";
        LocalDate yellowUntil = calendar.yellowUntil(today, rectificationSettings.warningDays());
        // from ix_rectification_open alone; the finding is read only for its key area
        count(onTheClock + (keyAreaId == null ? "" : "JOIN finding f ON f.id = r.subject_id ")
                + "WHERE r.subject_kind = 'finding' AND r.state IN ('RECTIFYING', 'RETURNED')"
                + area.replace("key_area_id", "f.key_area_id") + " GROUP BY r.department_id", today, yellowUntil, counts, 2);
        if (keyAreaId == null) {
            count(onTheClock + "WHERE r.subject_kind = 'problem' AND r.state IN ('RECTIFYING', 'RETURNED') "
                    + "GROUP BY r.department_id", today, yellowUntil, counts, 4);
        }
        List<Overdue> rows = new ArrayList<>();
        counts.forEach((id, c) -> {
            if ((id == 0 && type == null) || names.containsKey(id)) {
                if (c[0] + c[1] + c[2] + c[3] + c[4] + c[5] > 0) {
                    rows.add(new Overdue(id, id == 0 ? "" : names.get(id), c[0], c[1], c[2], c[3], c[4], c[5]));
                }
            }
        });
        rows.sort(Comparator.comparingInt(Overdue::red).thenComparingInt(Overdue::yellow).reversed()
                .thenComparing(Overdue::departmentName));
        return rows;
    }

    /** The complaint states of a clock, as an SQL list: the same sets the complaint queue marks by. */
    private static String states(java.util.function.Predicate<ComplaintState> clock) {
        return java.util.Arrays.stream(ComplaintState.values()).filter(clock).map(st -> "'" + st.name() + "'")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private void count(String sql, LocalDate today, LocalDate yellowUntil, Map<Long, int[]> counts, int at) {
        jdbc.prepareStatement(sql, s -> {
            s.setDate(1, Date.valueOf(today));
            s.setDate(2, Date.valueOf(today));
            s.setDate(3, Date.valueOf(yellowUntil));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int[] c = counts.computeIfAbsent(r.getLong(1), k -> new int[6]);
                    c[at] += r.getInt(2);
                    c[at + 1] += r.getInt(3);
                }
            }
            return null;
        });
    }

    private void bindMonths(PreparedStatement s, Filter filter) throws SQLException {
        s.setDate(1, Date.valueOf(filter.from().withDayOfMonth(1)));
        s.setDate(2, Date.valueOf(filter.to().withDayOfMonth(1)));
        if (filter.keyAreaId() != null) {
            s.setLong(3, filter.keyAreaId());
        }
    }

    /** A department as the figures name it. */
    interface DepartmentSink {
        void accept(long id, String name, String code, DepartmentType type);
    }

    /** The active departments, of one kind or all, in the directory's order (also the findings' figures'). */
    static void departments(JdbcOperations jdbc, @Nullable DepartmentType type, DepartmentSink sink) {
        jdbc.prepareStatement("SELECT id, name, code, type FROM department WHERE active"
                + (type == null ? "" : " AND type = ?") + " ORDER BY sort_order, name", s -> {
            if (type != null) {
                s.setString(1, type.name());
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sink.accept(r.getLong(1), r.getString(2), r.getString(3), DepartmentType.valueOf(r.getString(4)));
                }
            }
            return null;
        });
    }
}
