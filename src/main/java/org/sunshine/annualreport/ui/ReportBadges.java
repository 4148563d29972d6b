package org.sunshine.annualreport.ui;

import com.vaadin.flow.component.html.Span;
import org.sunshine.annualreport.ReportState;

/** The state of a report as a small label; a report not opened yet is 未开始. */
final class ReportBadges {

    private ReportBadges() {
    }

    static Span state(ReportState state, boolean correcting) {
        Span badge = new Span();
        badge.setText(badge.getTranslation(state == null ? "annualreport.state.none" : "annualreport.state." + state.name()));
        badge.getElement().getThemeList().add(state == null ? "badge contrast" : switch (state) {
            case PUBLISHED -> "badge success";
            case SUBMITTED -> "badge";
            case APPROVED -> "badge success";
            case RETURNED -> "badge error";
            case DRAFT -> "badge contrast";
        });
        if (correcting) {
            badge.setText(badge.getText() + " · " + badge.getTranslation("annualreport.correcting"));
        }
        return badge;
    }
}
