package org.sunshine.complaint.ui;

import com.vaadin.flow.component.html.Span;
import org.sunshine.base.ui.Dates;
import org.sunshine.calendar.Warning;
import org.sunshine.complaint.ComplaintRow;
import org.sunshine.complaint.ComplaintState;

/** The small coloured labels of the complaint screens: the state, and the deadline with its red or yellow card. */
final class Badges {

    private Badges() {
    }

    static Span state(ComplaintState state) {
        Span badge = new Span();
        badge.setText(badge.getTranslation("complaint.state." + state.name()));
        badge.getElement().getThemeList().add(switch (state) {
            case CLOSED -> "badge success";
            case REJECTED, WITHDRAWN -> "badge contrast";
            case RETURN_REQUESTED, EXTENSION_REQUESTED, REOPENED -> "badge error";
            default -> "badge";
        });
        return badge;
    }

    static Span due(ComplaintRow row) {
        Span badge = new Span();
        if (row.due() == null) {
            return badge;
        }
        String date = Dates.date(badge, row.due());
        if (row.warning() == Warning.RED) {
            badge.setText(badge.getTranslation("complaint.warning.RED", date));
            badge.getElement().getThemeList().add("badge error primary");
        } else if (row.warning() == Warning.YELLOW) {
            badge.setText(badge.getTranslation("complaint.warning.YELLOW", date));
            badge.getElement().getThemeList().add("badge warning");
            badge.addClassName("badge-yellow");
        } else {
            badge.setText(date);
        }
        if (row.calendarFallback()) {
            badge.getElement().setAttribute("title", badge.getTranslation("calendar.notLoaded", String.valueOf(row.due().getYear())));
            badge.setText(badge.getText() + " *");
        }
        return badge;
    }
}
