package org.sunshine.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.sunshine.base.i18n.Messages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as the user reads them: 2026年2月12日 星期四, or Thursday 12 February 2026. */
public final class Dates {

    private Dates() {
    }

    public static String date(Component in, LocalDate date) {
        return date == null ? "" : date.format(formatter(in, "date.pattern"));
    }

    public static String dateWithWeekday(Component in, LocalDate date) {
        return date == null ? "" : date.format(formatter(in, "date.patternWeekday"));
    }

    public static String time(Component in, Instant instant, ZoneId zone) {
        return instant == null ? "" : instant.atZone(zone).format(formatter(in, "date.patternTime"));
    }

    private static DateTimeFormatter formatter(Component in, String key) {
        UI ui = UI.getCurrent();
        Locale locale = Messages.supported(ui == null ? null : ui.getLocale());
        return DateTimeFormatter.ofPattern(in.getTranslation(key), locale);
    }
}
