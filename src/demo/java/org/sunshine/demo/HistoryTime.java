package org.sunshine.demo;

import org.sunshine.calendar.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The clock of one generation: the moment it is written as of (later steps have not happened), the working-day
 * calendar with a cache of its sums (shared by the thread that plays complaints and the one that writes them), days
 * and moments in the city's zone, and when staff and the public act.
 */
final class HistoryTime {

    static final int OPEN = 8 * 3600 + 1800;
    static final int CLOSE = 17 * 3600 + 1800;

    final Instant asOf;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;
    private final Map<Long, LocalDate> plusCache = new ConcurrentHashMap<>();

    HistoryTime(WorkingDayCalendar calendar, ZoneId zone, Instant asOf) {
        this.calendar = calendar;
        this.zone = zone;
        this.asOf = asOf;
    }

    boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    LocalDate plus(LocalDate start, int workingDays) {
        return plusCache.computeIfAbsent(start.toEpochDay() * 256 + workingDays, k -> calendar.plus(start, workingDays));
    }

    Instant at(LocalDate day, int secondOfDay) {
        return day.atTime(LocalTime.ofSecondOfDay(secondOfDay)).atZone(zone).toInstant();
    }

    LocalDate date(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /**
     * When staff act, {@code workingDays} after {@code t}: with 0, later the same day if {@code t} is in office
     * hours of a working day (else the next working day); otherwise in office hours of that working day.
     */
    Instant staffAfter(Instant t, int workingDays, SplittableRandom r) {
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        LocalDate day = local.toLocalDate();
        int second = local.toLocalTime().toSecondOfDay();
        if (workingDays == 0 && calendar.isWorkingDay(day) && second < CLOSE - 900) {
            int from = Math.max(second + 300, OPEN);
            return at(day, from + r.nextInt(Math.max(1, Math.min(4 * 3600, CLOSE - from))));
        }
        return at(plus(day, Math.max(1, workingDays)), workSecond(r));
    }

    /** When a member of the public acts: a day from {@code t} to {@code last} (early ones likelier), 7:00–23:00. */
    Instant publicAfter(Instant t, LocalDate last, SplittableRandom r) {
        LocalDate first = date(t);
        long span = Math.max(0, ChronoUnit.DAYS.between(first, last));
        LocalDate day = first.plusDays((long) Math.floor((span + 1) * r.nextDouble() * r.nextDouble()));
        Instant at = at(day, 7 * 3600 + r.nextInt(16 * 3600));
        return at.isAfter(t) ? at : t.plusSeconds(300 + r.nextInt(3600));
    }

    /** A time in office hours: 8:30–12:00 or 13:30–17:30. */
    static int workSecond(SplittableRandom r) {
        return r.nextInt(100) < 55 ? OPEN + r.nextInt(3 * 3600 + 1800) : 13 * 3600 + 1800 + r.nextInt(4 * 3600);
    }
}
