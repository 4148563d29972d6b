package org.sunshine.complaint.ui;

import com.vaadin.flow.component.html.Span;
import org.sunshine.calendar.ui.DueBadge;
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
        return DueBadge.of(row.due(), row.warning(), row.calendarFallback());
    }
}
