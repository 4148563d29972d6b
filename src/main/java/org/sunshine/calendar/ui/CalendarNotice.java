package org.sunshine.calendar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

import java.util.List;
import java.util.Optional;

/**
 * The yellow notice that a holiday schedule is missing (this year's, or from 1 November next year's): on the
 * administrator's workbench with a link to the calendar's import, on the calendar screen pointing at its import
 * button. Nothing when every schedule needed is loaded.
 */
final class CalendarNotice {

    private CalendarNotice() {
    }

    /**
     * @param missing        the years whose schedule is missing ({@code WorkingDayCalendar.missingSchedules})
     * @param onCalendarPage whether the notice is on the calendar screen itself (no link, the button is above)
     */
    static Optional<Div> of(List<Integer> missing, int thisYear, boolean onCalendarPage) {
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        Div notice = new Div();
        Component in = notice;
        notice.addClassName("notice-warning");
        notice.setId("calendar-missing");
        notice.getElement().setAttribute("role", "alert");
        for (int year : missing) {
            Paragraph line = new Paragraph(in.getTranslation(year == thisYear ? "calendar.missing.current"
                    : "calendar.missing.next", String.valueOf(year)));
            line.getStyle().set("margin", "0");
            notice.add(line);
        }
        if (onCalendarPage) {
            notice.add(new Text(in.getTranslation("calendar.missing.here")));
        } else {
            RouterLink link = new RouterLink(in.getTranslation("calendar.missing.link"), CalendarAdminView.class);
            link.setId("calendar-missing-link");
            notice.add(link);
        }
        return Optional.of(notice);
    }
}
