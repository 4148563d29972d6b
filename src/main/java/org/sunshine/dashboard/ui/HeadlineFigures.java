package org.sunshine.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.sunshine.dashboard.Headlines;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The dashboard's headline figures, a row of tiles above the charts: the period's complaints received, on-time rate
 * and satisfaction rate, then what stands now — overdue items, open findings, applications overdue, organs late with
 * their annual report (red when there are any). A rate below the minimum volume reads 样本不足 with its count.
 */
final class HeadlineFigures {

    private HeadlineFigures() {
    }

    static Component of(Component in, Headlines.Figures f, String periodName) {
        Div row = new Div();
        row.setId("dashboard-headline");
        row.addClassName("dashboard-headline");
        var c = f.complaints();
        row.add(tile(in, "headline-received", String.valueOf(c.received()), "dashboard.headline.received",
                        in.getTranslation("dashboard.headline.received.note", periodName), false),
                tile(in, "headline-on-time", rate(in, c.onTimeRate()), "dashboard.headline.onTime",
                        in.getTranslation("dashboard.headline.onTime.note", c.dueOnTime(), c.due()), false),
                tile(in, "headline-satisfaction", rate(in, c.satisfactionRate()), "dashboard.headline.satisfaction",
                        in.getTranslation("dashboard.headline.satisfaction.note", c.rated()), false),
                tile(in, "headline-overdue", String.valueOf(f.overdueNow()), "dashboard.headline.overdue",
                        in.getTranslation("dashboard.headline.overdue.note"), f.overdueNow() > 0),
                tile(in, "headline-findings", String.valueOf(f.openFindings()), "dashboard.headline.findings",
                        in.getTranslation("dashboard.headline.findings.note"), false),
                tile(in, "headline-requests", String.valueOf(f.requestsOverdue()), "dashboard.headline.requests",
                        in.getTranslation("dashboard.headline.requests.note"), f.requestsOverdue() > 0),
                tile(in, "headline-reports", String.valueOf(f.lateOrgans().size()), "dashboard.headline.reports",
                        lateOrgans(in, f), !f.lateOrgans().isEmpty()));
        return row;
    }

    private static String lateOrgans(Component in, Headlines.Figures f) {
        if (f.lateOrgans().isEmpty()) {
            return in.getTranslation("dashboard.headline.reports.none", String.valueOf(f.reportYear()));
        }
        String names = String.join(in.getTranslation("dashboard.headline.separator"), f.lateOrgans().stream().limit(3).toList());
        return in.getTranslation(f.lateOrgans().size() > 3 ? "dashboard.headline.reports.more" : "dashboard.headline.reports.some",
                String.valueOf(f.reportYear()), names);
    }

    private static Component tile(Component in, String id, String value, String labelKey, String note, boolean alarm) {
        Span number = new Span(value);
        number.addClassName("headline-value");
        Span label = new Span(in.getTranslation(labelKey));
        label.addClassName("headline-label");
        Span small = new Span(note);
        small.addClassName("headline-note");
        Div tile = new Div(label, number, small);
        tile.setId(id);
        tile.addClassName("headline-tile");
        if (alarm) {
            tile.addClassName("headline-alarm");
        }
        return tile;
    }

    private static String rate(Component in, Double rate) {
        if (rate == null) {
            return in.getTranslation("dashboard.tooFew");
        }
        return BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
