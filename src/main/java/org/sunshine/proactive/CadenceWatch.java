package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Text;
import org.sunshine.calendar.Warning;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.directory.Cadence;
import org.sunshine.directory.ResponsibilityRow;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The cadence of the responsibility table's items as the inspector watches it ({@link CadenceRule}): for every
 * active item published 每月, 每季度 or 每年 and each of its lead departments, the windows with no record that are
 * overdue or due soon. One query reads the records of all the watched items and departments, grouped by day. An
 * inspector, a leader or an administrator sees the city's; a handler their own department's.
 */
@Singleton
public class CadenceWatch {

    private static final String WATCHED = "('MONTHLY', 'QUARTERLY', 'YEARLY')";
    /** Overdue first, the oldest deadline first. */
    private static final Comparator<Miss> ORDER = Comparator.comparing((Miss m) -> m.warning() != Warning.RED)
            .thenComparing(Miss::dueOn).thenComparingInt(Miss::seqNo).thenComparing(Miss::departmentName);
    private static final SortedMap<LocalDate, Integer> NONE = new TreeMap<>();

    private final JdbcOperations jdbc;
    private final ResponsibilityService items;
    private final WorkingDayCalendar calendar;
    private final CadenceSettings settings;
    private final MissFindingRepository filed;
    private final BusinessClock clock;

    CadenceWatch(JdbcOperations jdbc, ResponsibilityService items, WorkingDayCalendar calendar,
                 CadenceSettings settings, MissFindingRepository filed, BusinessClock clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.calendar = calendar;
        this.settings = settings;
        this.filed = filed;
        this.clock = clock;
    }

    /** The last record of an item by a department. */
    public record LastRecord(long id, String title, LocalDate publishedOn) {
    }

    /**
     * A window of an item with no record by a lead department, overdue (RED) or due soon (YELLOW).
     *
     * @param days      working days past the deadline (RED) or left until it (YELLOW, today included)
     * @param last      the department's last record of the item, whenever published
     * @param findingId the finding the inspector made of it, if any
     */
    public record Miss(long itemId, int seqNo, String itemTitle, Cadence cadence, int clockDays,
                       @Nullable Long keyAreaId, long departmentId, String departmentName, LocalDate windowStart,
                       LocalDate windowEnd, LocalDate dueOn, Warning warning, int days, @Nullable LastRecord last,
                       @Nullable Long findingId) {

        public boolean overdue() {
            return warning == Warning.RED;
        }

        /** The window in words: 2026年10月, 2026年第3季度, 2026年. */
        public Text window() {
            return windowLabel(cadence, windowStart);
        }
    }

    /** A window in words, by its cadence and first day. */
    public static Text windowLabel(Cadence cadence, LocalDate start) {
        String year = String.valueOf(start.getYear());
        return switch (cadence) {
            case MONTHLY -> new Text("proactive.window.MONTHLY", year, String.valueOf(start.getMonthValue()));
            case QUARTERLY -> new Text("proactive.window.QUARTERLY", year,
                    String.valueOf(start.get(IsoFields.QUARTER_OF_YEAR)));
            case YEARLY -> new Text("proactive.window.YEARLY", year);
            case ON_CHANGE -> new Text("proactive.window.ON_CHANGE", start.toString());
        };
    }

    /** How many windows are overdue and due soon. */
    public record Counts(long overdue, long dueSoon) {
    }

    /** Whether the user may see the monitor: inspectors, leaders, administrators, and a department's handlers. */
    public static boolean maySee(SignedInUser user) {
        return user.is(Role.INSPECTOR) || user.is(Role.LEADER) || user.is(Role.ADMIN)
                || (user.is(Role.HANDLER) && user.departmentId() != null);
    }

    /** The department the viewer's lists are about: a handler's own, else the one asked for (null: all). */
    static @Nullable Long scope(@Nullable Long departmentId, SignedInUser viewer) {
        if (!maySee(viewer)) {
            throw new DomainException("error.notAllowed");
        }
        return viewer.is(Role.HANDLER) ? viewer.departmentId() : departmentId;
    }

    /** The misses the viewer may see (of one department, or all), overdue first, the longest overdue first. */
    @Transactional(readOnly = true)
    public List<Miss> misses(@Nullable Long departmentId, SignedInUser viewer) {
        Long department = scope(departmentId, viewer);
        List<Miss> all = compute(department, null);
        if (all.isEmpty()) {
            return all;
        }
        Map<String, LastRecord> last = lastRecords(department);
        Map<String, Long> findings = filed.findByKind(MissKind.WINDOW).stream()
                .collect(Collectors.toMap(f -> key(f.itemId(), f.departmentId(), f.windowStart()), MissFinding::findingId,
                        (a, b) -> a));
        return all.stream().map(m -> new Miss(m.itemId(), m.seqNo(), m.itemTitle(), m.cadence(), m.clockDays(),
                        m.keyAreaId(), m.departmentId(), m.departmentName(), m.windowStart(), m.windowEnd(), m.dueOn(),
                        m.warning(), m.days(), last.get(key(m.itemId(), m.departmentId(), null)),
                        findings.get(key(m.itemId(), m.departmentId(), m.windowStart()))))
                .sorted(ORDER).toList();
    }

    /** How many windows the viewer's department (or the city) has overdue and due soon. */
    @Transactional(readOnly = true)
    public Counts counts(SignedInUser viewer) {
        List<Miss> all = compute(scope(null, viewer), null);
        long overdue = all.stream().filter(Miss::overdue).count();
        return new Counts(overdue, all.size() - overdue);
    }

    /** Every lead department's overdue windows now, for the dashboard (no viewer: the caller checks). */
    @Transactional(readOnly = true)
    public List<Miss> overdueNow() {
        return compute(null, null).stream().filter(Miss::overdue).sorted(ORDER).toList();
    }

    /** The miss of one item, department and window, if that window is overdue or due soon now. */
    Optional<Miss> miss(long itemId, long departmentId, LocalDate windowStart) {
        return compute(departmentId, itemId).stream()
                .filter(m -> m.windowStart().equals(windowStart)).findFirst();
    }

    /** The day an item's cadence is watched from: its own, not before {@code watch-from}; else the current window. */
    LocalDate watchedFrom(ResponsibilityRow item, LocalDate today) {
        LocalDate from = item.cadenceSince();
        LocalDate floor = settings.watchFrom();
        if (floor != null && (from == null || from.isBefore(floor))) {
            from = floor;
        }
        return from != null ? from : item.cadence().windowStart(today);
    }

    private List<Miss> compute(@Nullable Long departmentId, @Nullable Long itemId) {
        LocalDate today = clock.today();
        List<ResponsibilityRow> watched = items.list(false).stream()
                .filter(i -> i.cadence() != null && i.cadence() != Cadence.ON_CHANGE && !i.leads().isEmpty())
                .filter(i -> itemId == null || i.id() == itemId)
                .filter(i -> departmentId == null || i.leads().stream().anyMatch(d -> d.id() == departmentId))
                .toList();
        if (watched.isEmpty()) {
            return List.of();
        }
        LocalDate earliest = watched.stream().map(i -> watchedFrom(i, today)).min(Comparator.naturalOrder()).orElseThrow();
        Map<String, SortedMap<LocalDate, Integer>> published = published(earliest, departmentId, itemId);
        CadenceRule.Days days = new CadenceRule.Days() {
            @Override
            public LocalDate due(LocalDate end, int workingDays) {
                return calendar.plus(end, workingDays);
            }

            @Override
            public Warning warning(LocalDate now, LocalDate due) {
                return calendar.warning(now, due, settings.warningDays());
            }
        };
        List<Miss> misses = new ArrayList<>();
        for (ResponsibilityRow item : watched) {
            LocalDate from = watchedFrom(item, today);
            for (ResponsibilityRow.DepartmentRef lead : item.leads()) {
                if (departmentId != null && lead.id() != departmentId) {
                    continue;
                }
                SortedMap<LocalDate, Integer> onDays = published.getOrDefault(key(item.id(), lead.id(), null), NONE);
                for (CadenceRule.Open open : CadenceRule.open(item.cadence(), item.clockDays(), from, today, onDays, days)) {
                    CadenceRule.Window w = open.window();
                    int left = calendar.workingDaysLeft(today, w.due());
                    misses.add(new Miss(item.id(), item.seqNo(), item.title(), item.cadence(), item.clockDays(),
                            item.keyAreaId(), lead.id(), lead.name(), w.start(), w.end(), w.due(), open.warning(),
                            Math.abs(left), null, null));
                }
            }
        }
        return misses;
    }

    /** The days the watched items' records were published on since {@code from}, by item and department. */
    private Map<String, SortedMap<LocalDate, Integer>> published(LocalDate from, @Nullable Long departmentId,
                                                                 @Nullable Long itemId) {
        String sql = "SELECT r.item_id, r.department_id, r.published_on, COUNT(*) AS n FROM disclosure_record r "
                + "JOIN responsibility_item i ON i.id = r.item_id "
                + "WHERE i.active = TRUE AND i.cadence IN " + WATCHED + " AND r.published_on >= ?"
                + (departmentId == null ? "" : " AND r.department_id = ?")
                + (itemId == null ? "" : " AND r.item_id = ?")
                + " GROUP BY r.item_id, r.department_id, r.published_on";
        return jdbc.prepareStatement(sql, s -> {
            int i = 1;
            s.setObject(i++, from);
            i = bindScope(s, i, departmentId);
            bindScope(s, i, itemId);
            Map<String, SortedMap<LocalDate, Integer>> byKey = new HashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byKey.computeIfAbsent(key(r.getLong(1), r.getLong(2), null), k -> new TreeMap<>())
                            .put(r.getObject(3, LocalDate.class), r.getInt(4));
                }
            }
            return byKey;
        });
    }

    /** The last record of each watched item by each department, whenever published. */
    private Map<String, LastRecord> lastRecords(@Nullable Long departmentId) {
        String sql = "SELECT r.id, r.item_id, r.department_id, r.title, r.published_on FROM disclosure_record r "
                + "JOIN (SELECT d.item_id, d.department_id, MAX(d.published_on) AS last_on FROM disclosure_record d "
                + "JOIN responsibility_item i ON i.id = d.item_id WHERE i.cadence IN " + WATCHED
                + (departmentId == null ? "" : " AND d.department_id = ?")
                + " GROUP BY d.item_id, d.department_id) m ON m.item_id = r.item_id "
                + "AND m.department_id = r.department_id AND m.last_on = r.published_on";
        return jdbc.prepareStatement(sql, s -> {
            bindScope(s, 1, departmentId);
            Map<String, LastRecord> last = new HashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    LastRecord record = new LastRecord(r.getLong(1), r.getString(4), r.getObject(5, LocalDate.class));
                    last.merge(key(r.getLong(2), r.getLong(3), null), record, (a, b) -> a.id() > b.id() ? a : b);
                }
            }
            return last;
        });
    }

    private static int bindScope(PreparedStatement s, int index, @Nullable Long id) throws SQLException {
        if (id == null) {
            return index;
        }
        s.setLong(index, id);
        return index + 1;
    }

    private static String key(Long itemId, long departmentId, @Nullable LocalDate windowStart) {
        return itemId + "/" + departmentId + (windowStart == null ? "" : "/" + windowStart);
    }
}
