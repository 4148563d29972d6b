package org.sunshine.calendar;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Counts working days on the Chinese calendar: Monday to Friday, except the public holidays, plus the weekend days
 * that are make-up workdays (调休). Special days are data ({@code calendar_day}), held here in memory and reloaded
 * when they change. A year whose schedule is not loaded falls back to Monday to Friday, and says so.
 */
@Singleton
public class WorkingDayCalendar {

    /** The dates a clock may start on: a clock counts days one by one, and beyond these no answer means anything. */
    public static final LocalDate FIRST_START = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_START = LocalDate.of(2199, 12, 31);
    /** From this month on, a missing schedule of next year is warned about. */
    public static final int WARN_FROM_MONTH = 11;

    /** The special days and loaded years, replaced as a whole when the calendar changes. */
    private record Snapshot(Map<LocalDate, CalendarDay> days, Set<Integer> years) {
    }

    private final CalendarRepository days;
    private final CalendarYearRepository years;
    private volatile Snapshot snapshot;

    WorkingDayCalendar(CalendarRepository days, CalendarYearRepository years) {
        this.days = days;
        this.years = years;
    }

    /** Re-reads the calendar from the database (after an import or an edit). */
    @Transactional(readOnly = true)
    public void reload() {
        Map<LocalDate, CalendarDay> special = new java.util.HashMap<>();
        days.findAll().forEach(d -> special.put(d.day(), d));
        Set<Integer> loaded = new java.util.HashSet<>();
        years.findAll().forEach(y -> loaded.add(y.year()));
        snapshot = new Snapshot(Map.copyOf(special), Set.copyOf(loaded));
    }

    public DayKind kind(LocalDate date) {
        CalendarDay special = current().days().get(date);
        if (special != null) {
            return special.offDay() ? DayKind.HOLIDAY : DayKind.MAKEUP_WORKDAY;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? DayKind.WEEKEND : DayKind.WORKDAY;
    }

    /** The holiday's or make-up day's name, or empty. */
    public String name(LocalDate date) {
        CalendarDay special = current().days().get(date);
        return special == null ? "" : special.name();
    }

    public boolean isWorkingDay(LocalDate date) {
        return kind(date).working();
    }

    public boolean isLoaded(int year) {
        return current().years().contains(year);
    }

    /** The years with a loaded schedule. */
    public SortedSet<Integer> loadedYears() {
        return new TreeSet<>(current().years());
    }

    /**
     * The schedules an administrator should import now: this year's if it is missing, and from 1 November (the
     * State Council publishes next year's schedule late in the year) next year's if it is missing.
     */
    public List<Integer> missingSchedules(LocalDate today) {
        List<Integer> missing = new ArrayList<>();
        if (!isLoaded(today.getYear())) {
            missing.add(today.getYear());
        }
        if (today.getMonthValue() >= WARN_FROM_MONTH && !isLoaded(today.getYear() + 1)) {
            missing.add(today.getYear() + 1);
        }
        return missing;
    }

    /** The end of the {@code workingDays}-th working day strictly after {@code start}. */
    public LocalDate plus(LocalDate start, int workingDays) {
        return deadline(start, workingDays).due();
    }

    /** Whether a clock may start on the date ({@link #FIRST_START} to {@link #LAST_START}). */
    public static boolean supports(LocalDate start) {
        return start != null && !start.isBefore(FIRST_START) && !start.isAfter(LAST_START);
    }

    /** {@link #plus} with the dates skipped on the way and the years that fell back to Monday to Friday. */
    public Deadline deadline(LocalDate start, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("A clock runs at least one working day: " + workingDays);
        }
        if (!supports(start)) {
            throw new IllegalArgumentException("A clock starts from " + FIRST_START + " to " + LAST_START + ": " + start);
        }
        List<Deadline.Skipped> skipped = new ArrayList<>();
        SortedSet<Integer> unloaded = new TreeSet<>();
        LocalDate date = start;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (!isLoaded(date.getYear())) {
                unloaded.add(date.getYear());
            }
            DayKind kind = kind(date);
            if (kind.working()) {
                counted++;
            } else {
                skipped.add(new Deadline.Skipped(date, kind, name(date)));
            }
        }
        return new Deadline(start, workingDays, date, List.copyOf(skipped), unloaded);
    }

    /**
     * Working days left from {@code today} to {@code due}: the working days in ({@code today}, {@code due}], plus
     * today itself if it is one; negative once {@code today} is past {@code due} (overdue, even over a weekend).
     */
    public int workingDaysLeft(LocalDate today, LocalDate due) {
        if (today.isAfter(due)) {
            return -Math.max(1, count(due, today));
        }
        return count(today.minusDays(1), due);
    }

    /**
     * 红黄牌 for a deadline someone must meet: red once {@code today} is past it, yellow while {@code yellowDays}
     * working days or fewer are left (today included).
     */
    public Warning warning(LocalDate today, LocalDate due, int yellowDays) {
        if (today.isAfter(due)) {
            return Warning.RED;
        }
        return workingDaysLeft(today, due) <= yellowDays ? Warning.YELLOW : Warning.NONE;
    }

    /** The last date whose deadline would still be yellow today: for filtering by warning in the database. */
    public LocalDate yellowUntil(LocalDate today, int yellowDays) {
        LocalDate day = today;
        int working = 0;
        while (true) {
            if (isWorkingDay(day)) {
                working++;
                if (working > yellowDays) {
                    return day.minusDays(1);
                }
            }
            day = day.plusDays(1);
        }
    }

    /** Working days in ({@code from}, {@code to}]. */
    private int count(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** The special days of a year, by date. */
    public Map<LocalDate, CalendarDay> specialDays(int year) {
        return current().days().values().stream()
                .filter(d -> d.day().getYear() == year)
                .collect(Collectors.toMap(CalendarDay::day, Function.identity()));
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            reload();
            s = snapshot;
        }
        return s;
    }
}
