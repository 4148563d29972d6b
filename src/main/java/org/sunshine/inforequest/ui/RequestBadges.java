package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.html.Span;
import org.sunshine.calendar.ui.DueBadge;
import org.sunshine.inforequest.RequestRow;
import org.sunshine.inforequest.RequestState;

/** The small labels of the staff screens of applications: the state, the deadline's card, the late registration. */
final class RequestBadges {

    private RequestBadges() {
    }

    static Span state(RequestState state) {
        Span badge = new Span();
        badge.setText(badge.getTranslation("inforequest.state." + state.name()));
        badge.getElement().getThemeList().add(switch (state) {
            case REPLIED -> "badge success";
            case TERMINATED, WITHDRAWN -> "badge contrast";
            case EXTENSION_REQUESTED, SUBMITTED -> "badge error";
            default -> "badge";
        });
        return badge;
    }

    static Span due(RequestRow row) {
        return DueBadge.of(row.due(), row.warning(), row.calendarFallback());
    }

    /** 逾期登记: the organ confirmed an online application after its deadline (the receipt date was capped). */
    static Span late() {
        Span badge = new Span();
        badge.setText(badge.getTranslation("inforequest.staff.lateRegistration"));
        badge.getElement().getThemeList().add("badge error small");
        badge.addClassName("late-registration");
        return badge;
    }
}
