package org.sunshine.calendar;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.DomainException;
import org.sunshine.security.Access;
import org.sunshine.security.SignedInUser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Keeps the working-day calendar: imports a year in the holiday-cn format (the bundled 2024–2026 on every start,
 * others uploaded by an administrator), and edits single days. Every change recomputes the deadlines of open items
 * ({@link CalendarListener}) in the same transaction and is written to the audit log.
 */
@Singleton
public class CalendarService {

    static final List<Integer> BUNDLED_YEARS = List.of(2024, 2025, 2026);
    private static final Logger LOG = LoggerFactory.getLogger(CalendarService.class);

    private final CalendarRepository days;
    private final CalendarYearRepository years;
    private final WorkingDayCalendar calendar;
    private final List<CalendarListener> listeners;
    private final ObjectMapper json;
    private final AuditLog audit;

    CalendarService(CalendarRepository days, CalendarYearRepository years, WorkingDayCalendar calendar,
                           List<CalendarListener> listeners, ObjectMapper json, AuditLog audit) {
        this.days = days;
        this.years = years;
        this.calendar = calendar;
        this.listeners = listeners;
        this.json = json;
        this.audit = audit;
    }

    /** What an import did. */
    public record ImportResult(int year, int days, int recomputed) {
    }

    /** The years whose holiday schedule is loaded, the latest first. */
    @Transactional(readOnly = true)
    public List<CalendarYear> loadedYears() {
        return StreamSupport.stream(years.findAll().spliterator(), false)
                .sorted(Comparator.comparing(CalendarYear::year).reversed()).toList();
    }

    @EventListener
    void onStartup(StartupEvent event) {
        loadBundledYears();
    }

    /** Imports the bundled years not loaded yet: new installations start with 2024–2026. */
    @Transactional
    public void loadBundledYears() {
        for (int year : BUNDLED_YEARS) {
            if (years.existsById(year)) {
                continue;
            }
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("calendar/holiday-cn/" + year + ".json")) {
                ImportResult result = store(parse(in.readAllBytes()), "holiday-cn " + year + ".json");
                audit.record(null, "system", AuditAction.CALENDAR_IMPORTED, "calendar_year", year,
                        "bundled, " + result.days() + " days", null);
                LOG.info("Loaded the {} holiday schedule ({} days)", year, result.days());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        calendar.reload();
    }

    /** Imports (or re-imports) a year from a holiday-cn JSON file; replaces every special day of that year. */
    @Transactional
    public ImportResult importFile(byte[] content, String fileName, SignedInUser actor) {
        Access.requireAdmin(actor);
        ImportResult result = store(parse(content), fileName);
        audit.record(actor, AuditAction.CALENDAR_IMPORTED, "calendar_year", result.year(),
                fileName + ", " + result.days() + " days, " + result.recomputed() + " deadlines recomputed", null);
        return result;
    }

    /**
     * Sets one date: a holiday ({@code offDay}) or a make-up workday (only on a weekend), with its name;
     * {@code null} returns the date to the Monday-to-Friday rule.
     *
     * @return how many deadlines of open items changed
     */
    @Transactional
    public int setDay(LocalDate date, @Nullable Boolean offDay, String name, SignedInUser actor) {
        Access.requireAdmin(actor);
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.length() > 40) {
            throw DomainException.on("name", "calendar.error.name");
        }
        if (offDay == null) {
            days.deleteBetween(date, date);
        } else {
            if (!offDay && !weekend) {
                throw DomainException.on("kind", "calendar.error.weekdayWorkday");
            }
            days.deleteBetween(date, date);
            days.save(new CalendarDay(date, offDay, trimmed, CalendarDay.Source.MANUAL, null));
        }
        calendar.reload();
        int recomputed = notifyListeners(date, date);
        audit.record(actor, AuditAction.CALENDAR_DAY_CHANGED, "calendar_day", date,
                (offDay == null ? "normal" : offDay ? "holiday " + trimmed : "make-up workday " + trimmed)
                        + ", " + recomputed + " deadlines recomputed", null);
        return recomputed;
    }

    private ImportResult store(HolidayCnFile file, String source) {
        int year = file.year();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        days.deleteBetween(first, last);
        Set<LocalDate> seen = new HashSet<>();
        for (HolidayCnFile.Entry entry : file.days()) {
            LocalDate date = LocalDate.parse(entry.date());
            seen.add(date);
            days.save(new CalendarDay(date, entry.isOffDay(), entry.name() == null ? "" : entry.name(),
                    CalendarDay.Source.IMPORT, null));
        }
        String paper = file.papers() == null || file.papers().isEmpty() ? source : file.papers().get(0);
        years.deleteById(year);
        years.save(new CalendarYear(year, paper.length() > 300 ? paper.substring(0, 300) : paper, seen.size(), null));
        calendar.reload();
        return new ImportResult(year, seen.size(), notifyListeners(first, last));
    }

    /** Reads and checks a holiday-cn file; anything wrong is a message for the administrator. */
    HolidayCnFile parse(byte[] content) {
        HolidayCnFile file;
        try {
            file = json.readValue(content, HolidayCnFile.class);
        } catch (IOException | RuntimeException e) {
            throw new DomainException("calendar.error.format");
        }
        if (file == null || file.year() == null || file.days() == null || file.year() < 2000 || file.year() > 2100) {
            throw new DomainException("calendar.error.format");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (HolidayCnFile.Entry entry : file.days()) {
            if (entry.date() == null || entry.isOffDay() == null) {
                throw new DomainException("calendar.error.format");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(entry.date());
            } catch (DateTimeParseException e) {
                throw new DomainException("calendar.error.date", entry.date());
            }
            if (date.getYear() != file.year()) {
                throw new DomainException("calendar.error.otherYear", entry.date(), file.year());
            }
            if (!seen.add(date)) {
                throw new DomainException("calendar.error.duplicate", entry.date());
            }
        }
        return file;
    }

    private int notifyListeners(LocalDate from, LocalDate to) {
        return listeners.stream().mapToInt(l -> l.calendarChanged(from, to)).sum();
    }
}
