package org.sunshine.calendar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.sunshine.base.ui.Badge;
import org.sunshine.base.ui.Dates;
import org.sunshine.calendar.DeadlineKind;
import org.sunshine.calendar.Warning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A deadline as a small label that says which deadline it is — "办理期限 2026-12-08" — grey while it is far, yellow
 * (≤ 2 working days left) and red (overdue): the 红黄牌 of every list, detail page and workbench. The full date with
 * its weekday is shown on hover.
 */
public final class DueBadge {

    private DueBadge() {
    }

    /**
     * @param kind     which deadline it is; a record's state decides it (a complaint's is 受理 before acceptance, 办理
     *                 while handled, 评价 after the reply)
     * @param fallback the deadline's year has no holiday schedule loaded: marked with an asterisk and explained on
     *                 hover
     */
    public static Span of(DeadlineKind kind, LocalDate due, Warning warning, boolean fallback) {
        Span badge = new Span();
        badge.addClassName("due-badge");
        if (due == null || kind == null) {
            return badge;
        }
        String label = badge.getTranslation(kind.labelKey());
        String date = due.toString();
        badge.setText(switch (warning == null ? Warning.NONE : warning) {
            case RED -> badge.getTranslation("deadline.chip.RED", label, date);
            case YELLOW -> badge.getTranslation("deadline.chip.YELLOW", label, date);
            case NONE -> badge.getTranslation("deadline.chip", label, date);
        });
        Badge.tone(badge, warning == Warning.RED ? Badge.Tone.DANGER
                : warning == Warning.YELLOW ? Badge.Tone.WARNING : Badge.Tone.NEUTRAL);
        badge.getElement().setAttribute("data-kind", kind.name());
        String title = badge.getTranslation("deadline.chip.title", label, Dates.dateWithWeekday(badge, due));
        if (fallback) {
            title += " " + badge.getTranslation("calendar.notLoaded", String.valueOf(due.getYear()));
            badge.setText(badge.getText() + " *");
        }
        badge.getElement().setAttribute("title", title);
        return badge;
    }

    /**
     * The width of a list's deadline column that holds the longest chip of these kinds (red, in the reader's language)
     * whole: a column sized to the rows first shown would cut the chips of rows further down at the grid's edge.
     */
    public static String width(Component in, DeadlineKind... kinds) {
        List<String> longest = new ArrayList<>();
        for (DeadlineKind kind : kinds) {
            longest.add(in.getTranslation("deadline.chip.RED", in.getTranslation(kind.labelKey()), "2026-12-31") + " *");
        }
        return Badge.width(longest);
    }

    /** The deadline's name, for a label beside a date ("办理期限"). */
    public static String label(Component in, DeadlineKind kind) {
        return in.getTranslation(kind.labelKey());
    }
}
