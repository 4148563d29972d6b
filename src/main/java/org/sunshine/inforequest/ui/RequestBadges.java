package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.html.Span;
import org.sunshine.base.ui.Badge;
import org.sunshine.calendar.ui.DueBadge;
import org.sunshine.inforequest.RequestRow;
import org.sunshine.inforequest.RequestState;

/** The small labels of the staff screens of applications: the state, the deadline's card, the late registration. */
final class RequestBadges {

    private RequestBadges() {
    }

    /** Blue while open, violet while an extension waits for approval, green once replied, grey when it ended otherwise. */
    static Span state(RequestState state) {
        Span badge = Badge.of("", switch (state) {
            case REPLIED -> Badge.Tone.SUCCESS;
            case TERMINATED, WITHDRAWN -> Badge.Tone.NEUTRAL;
            case EXTENSION_REQUESTED -> Badge.Tone.ATTENTION;
            case SUBMITTED, REGISTERED, CORRECTION_REQUESTED, FEE_REQUESTED -> Badge.Tone.INFO;
        });
        badge.setText(badge.getTranslation("inforequest.state." + state.name()));
        return badge;
    }

    /** The deadline running now, named after the state (登记, 答复, 补正, 缴费期限). */
    static Span due(RequestRow row) {
        return DueBadge.of(row.state().deadlineKind(), row.due(), row.warning(), row.calendarFallback());
    }

    /** 逾期登记: the organ confirmed an online application after its deadline (the receipt date was capped). */
    static Span late() {
        Span badge = Badge.of("", Badge.Tone.DANGER);
        badge.setText(badge.getTranslation("inforequest.staff.lateRegistration"));
        badge.addClassName("late-registration");
        return badge;
    }
}
