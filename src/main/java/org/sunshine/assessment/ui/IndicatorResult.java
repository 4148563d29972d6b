package org.sunshine.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.sunshine.assessment.DepartmentResults;
import org.sunshine.assessment.DepartmentScore;
import org.sunshine.assessment.Indicator;
import org.sunshine.assessment.Metric;
import org.sunshine.assessment.Period;
import org.sunshine.base.ui.Dates;

import java.time.ZoneId;
import java.util.Optional;

/**
 * One indicator of a department's result and how its points were arrived at: every inspector's value and reason,
 * the lead inspector's ruling, or what the data measured; with the lead inspector's button to rule or correct.
 */
final class IndicatorResult extends Div {

    IndicatorResult(DepartmentResults.Result r, DepartmentResults.Line l, ZoneId zone, Optional<Component> action) {
        Indicator indicator = l.indicator();
        DepartmentScore.IndicatorScore s = l.score();
        addClassName("sheet-line");
        setId("result-line-" + indicator.id());
        Span name = new Span(indicator.name());
        name.addClassName("sheet-indicator");
        Span value = new Span(value(indicator, s));
        value.addClassName("result-value");
        value.setId("result-value-" + indicator.id());
        Span basis = new Span(getTranslation("assessment.basis." + s.basis().name()));
        basis.addClassName("form-note");
        HorizontalLayout top = new HorizontalLayout(name, value, basis);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.getStyle().set("flex-wrap", "wrap");
        if (s.spread()) {
            boolean resolved = s.basis() == DepartmentScore.Basis.RESOLVED;
            Span spread = new Span(getTranslation(resolved ? "assessment.result.spreadResolved" : "assessment.result.spread"));
            spread.getElement().getThemeList().add(resolved ? "badge contrast" : "badge error");
            top.add(spread);
        }
        action.ifPresent(top::add);
        add(top);
        Paragraph guidance = new Paragraph(Points.label(this, indicator) + " · " + indicator.guidance());
        guidance.addClassName("sheet-guidance");
        add(guidance);
        if (s.measured() != null || s.basis() == DepartmentScore.Basis.MEASURED || s.basis() == DepartmentScore.Basis.NOT_RATED) {
            add(new Paragraph(measured(r.period(), indicator, s)));
        }
        for (DepartmentResults.InspectorValue v : l.values()) {
            Div item = new Div(new Span(getTranslation("assessment.result.inspectorValue", v.inspector(),
                    valueInUnits(indicator, v.value()))));
            item.addClassName("inspector-value");
            if (!v.reason().isBlank()) {
                item.add(new Span(" — " + v.reason()));
            }
            if (v.evidenceUrl() != null) {
                Anchor link = new Anchor(v.evidenceUrl(), getTranslation("assessment.result.evidence"));
                link.setTarget(AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
                item.add(new Span(" "), link);
            }
            add(item);
        }
        if (l.resolution() != null) {
            Paragraph ruling = new Paragraph(getTranslation("assessment.result.ruling",
                    valueInUnits(indicator, l.resolution().value().doubleValue()), l.resolution().resolvedByName(),
                    Dates.time(this, l.resolution().resolvedAt(), zone), l.resolution().reason()));
            ruling.addClassName("verdict-accepted");
            ruling.setId("result-ruling-" + indicator.id());
            add(ruling);
        }
    }

    /** Points, or points with what they come from: 17 / 20, −4 (2 次), 一票否决: 是. */
    private String value(Indicator indicator, DepartmentScore.IndicatorScore s) {
        if (s.value() == null) {
            return getTranslation("assessment.result.noValue");
        }
        return switch (indicator.kind()) {
            case MANUAL, AUTO -> Points.number(s.value()) + " / " + Points.number(indicator.maxPoints().doubleValue());
            case DEDUCTION -> s.value() == 0 ? "0" : "−" + Points.number(s.value());
            case BONUS -> s.value() == 0 ? "0" : "+" + Points.number(s.value());
            case VETO -> getTranslation(s.value() > 0 ? "assessment.sheet.veto.yes" : "assessment.sheet.veto.no");
        };
    }

    /** A value in the sheet's units, as an inspector gave it. */
    private String valueInUnits(Indicator indicator, double value) {
        return switch (indicator.kind()) {
            case MANUAL, AUTO -> Points.number(value);
            case DEDUCTION, BONUS -> getTranslation("assessment.result.times", Points.number(value));
            case VETO -> getTranslation(value > 0 ? "assessment.sheet.veto.yes" : "assessment.sheet.veto.no");
        };
    }

    private String measured(Period p, Indicator indicator, DepartmentScore.IndicatorScore s) {
        Metric metric = indicator.metric();
        var rules = p.rules();
        String text;
        if (metric != null && metric.isCount()) {
            text = getTranslation("assessment.measured.count", s.measured() == null ? 0 : s.measured().longValue());
        } else if (s.basis() == DepartmentScore.Basis.NOT_RATED || s.measured() == null) {
            text = getTranslation("assessment.measured.notRated", s.volume() == null ? 0 : s.volume(), rules.minVolume());
        } else {
            text = getTranslation("assessment.measured.rate", Points.percent(s.measured()), s.volume());
        }
        if (metric == Metric.SATISFACTION) {
            text += " " + getTranslation("assessment.measured.basic", Points.number(rules.basicWeight()));
        }
        return getTranslation("assessment.measured.prefix") + text;
    }
}
