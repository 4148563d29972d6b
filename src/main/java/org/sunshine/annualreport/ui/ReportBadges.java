package org.sunshine.annualreport.ui;

import com.vaadin.flow.component.html.Span;
import org.sunshine.base.ui.Badge;
import org.sunshine.annualreport.ReportState;

/** The state of a report as a small label; a report not opened yet is 未开始. */
final class ReportBadges {

    private ReportBadges() {
    }

    static Span state(ReportState state, boolean correcting) {
        Span badge = Badge.of("", state == null ? Badge.Tone.NEUTRAL : switch (state) {
            case PUBLISHED, APPROVED -> Badge.Tone.SUCCESS;
            case SUBMITTED -> Badge.Tone.INFO;
            case RETURNED -> Badge.Tone.ATTENTION;
            case DRAFT -> Badge.Tone.NEUTRAL;
        });
        badge.setText(badge.getTranslation(state == null ? "annualreport.state.none" : "annualreport.state." + state.name()));
        if (correcting) {
            badge.setText(badge.getText() + " · " + badge.getTranslation("annualreport.correcting"));
        }
        return badge;
    }
}
