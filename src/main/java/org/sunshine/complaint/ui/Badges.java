package org.sunshine.complaint.ui;

import com.vaadin.flow.component.html.Span;
import org.sunshine.base.ui.Badge;
import org.sunshine.calendar.ui.DueBadge;
import org.sunshine.complaint.ComplaintRow;
import org.sunshine.complaint.ComplaintState;

/**
 * The small coloured labels of the complaint screens: the state (blue while open, violet while it waits for the
 * inspector's decision, green once closed, grey when it ended otherwise), and the deadline running now, named, with
 * its red or yellow card.
 */
final class Badges {

    private Badges() {
    }

    static Span state(ComplaintState state) {
        Span badge = Badge.of("", tone(state));
        badge.setText(badge.getTranslation("complaint.state." + state.name()));
        return badge;
    }

    static Badge.Tone tone(ComplaintState state) {
        return switch (state) {
            case CLOSED -> Badge.Tone.SUCCESS;
            case REJECTED, WITHDRAWN -> Badge.Tone.NEUTRAL;
            case RETURN_REQUESTED, EXTENSION_REQUESTED, REOPENED -> Badge.Tone.ATTENTION;
            case SUBMITTED, ACCEPTED, ASSIGNED, IN_PROGRESS, REPLIED -> Badge.Tone.INFO;
        };
    }

    static Span due(ComplaintRow row) {
        return DueBadge.of(row.state().deadlineKind(), row.due(), row.warning(), row.calendarFallback());
    }
}
