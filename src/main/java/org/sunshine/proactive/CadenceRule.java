package org.sunshine.proactive;

import org.sunshine.calendar.Warning;
import org.sunshine.directory.Cadence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The cadence rule, pure (docs/disclosure.md, "Cadence"). For an item published 每月, 每季度 or 每年 and one of its lead
 * departments:
 * <ul>
 *   <li>the windows watched are the calendar months, quarters or years from the first that starts on or after the
 *   day the watch starts, up to the one holding today;</li>
 *   <li>a window is due on the item's clock in working days after its last day ({@code due = end + clock});</li>
 *   <li>each record of the item by the department, in the order published, fulfils the earliest window not yet
 *   fulfilled that it was published in or within the clock after ({@code start <= published <= due}); a record
 *   fulfils one window only;</li>
 *   <li>a window left unfulfilled is overdue (red) once today is past its deadline, due soon (yellow) while its
 *   deadline is {@code warning-days} working days away or fewer, else nothing yet.</li>
 * </ul>
 * 随时 has no window: each change has its own clock, and a change is known only once recorded, so it is watched
 * through the item's late records.
 */
public final class CadenceRule {

    /** What the rule needs of the working-day calendar. */
    public interface Days {
        /** The last day of a clock of {@code workingDays} after {@code end}. */
        LocalDate due(LocalDate end, int workingDays);

        /** Red, yellow or nothing for a deadline today. */
        Warning warning(LocalDate today, LocalDate due);
    }

    /** A calendar window and its deadline. */
    public record Window(LocalDate start, LocalDate end, LocalDate due) {
    }

    /** A window with no record, overdue (RED) or due soon (YELLOW). */
    public record Open(Window window, Warning warning) {
    }

    private CadenceRule() {
    }

    /** The starts of the windows watched: the first starting on or after {@code from}, up to the one holding today. */
    public static List<LocalDate> windowStarts(Cadence cadence, LocalDate from, LocalDate today) {
        if (cadence == Cadence.ON_CHANGE) {
            return List.of();
        }
        List<LocalDate> starts = new ArrayList<>();
        LocalDate start = cadence.windowStart(from);
        if (start.isBefore(from)) {
            start = cadence.windowEnd(start).plusDays(1);
        }
        for (; !start.isAfter(today); start = cadence.windowEnd(start).plusDays(1)) {
            starts.add(start);
        }
        return starts;
    }

    /**
     * The windows left without a record that are overdue or due soon, oldest first.
     *
     * @param published the days records were published on, each with how many (any order of insertion)
     */
    public static List<Open> open(Cadence cadence, int clockDays, LocalDate from, LocalDate today,
                                  SortedMap<LocalDate, Integer> published, Days days) {
        List<Window> windows = windowStarts(cadence, from, today).stream()
                .map(s -> new Window(s, cadence.windowEnd(s), days.due(cadence.windowEnd(s), clockDays)))
                .toList();
        boolean[] fulfilled = new boolean[windows.size()];
        for (Map.Entry<LocalDate, Integer> day : published.entrySet()) {
            for (int n = 0; n < day.getValue(); n++) {
                int i = earliestOpen(windows, fulfilled, day.getKey());
                if (i < 0) {
                    break;
                }
                fulfilled[i] = true;
            }
        }
        List<Open> open = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            if (!fulfilled[i]) {
                Warning w = days.warning(today, windows.get(i).due());
                if (w != Warning.NONE) {
                    open.add(new Open(windows.get(i), w));
                }
            }
        }
        return open;
    }

    private static int earliestOpen(List<Window> windows, boolean[] fulfilled, LocalDate published) {
        for (int i = 0; i < windows.size(); i++) {
            Window w = windows.get(i);
            if (!fulfilled[i] && !published.isBefore(w.start()) && !published.isAfter(w.due())) {
                return i;
            }
        }
        return -1;
    }
}
