package org.sunshine.calendar.ui;

import com.vaadin.flow.component.html.Span;
import org.sunshine.base.ui.Dates;
import org.sunshine.calendar.Warning;

import java.time.LocalDate;

/** A deadline as a small label: plain, yellow (≤ 2 working days left) or red (overdue) — the 红黄牌 of every list. */
public final class DueBadge {

    private DueBadge() {
    }

    /**
     * @param fallback the deadline's year has no holiday schedule loaded: marked with an asterisk and explained on
     *                 hover
     */
    public static Span of(LocalDate due, Warning warning, boolean fallback) {
        Span badge = new Span();
        if (due == null) {
            return badge;
        }
        String date = Dates.date(badge, due);
        if (warning == Warning.RED) {
            badge.setText(badge.getTranslation("deadline.overdue", date));
            badge.getElement().getThemeList().add("badge error primary");
        } else if (warning == Warning.YELLOW) {
            badge.setText(badge.getTranslation("deadline.soon", date));
            badge.getElement().getThemeList().add("badge warning");
            badge.addClassName("badge-yellow");
        } else {
            badge.setText(date);
        }
        if (fallback) {
            badge.getElement().setAttribute("title", badge.getTranslation("calendar.notLoaded", String.valueOf(due.getYear())));
            badge.setText(badge.getText() + " *");
        }
        return badge;
    }
}
