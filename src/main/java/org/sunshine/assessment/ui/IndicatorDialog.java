package org.sunshine.assessment.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.sunshine.assessment.IndicatorForm;
import org.sunshine.assessment.IndicatorKind;
import org.sunshine.assessment.IndicatorSystemService;
import org.sunshine.assessment.Metric;
import org.sunshine.base.ui.FormDialog;
import org.sunshine.security.SignedInUser;

import java.util.Arrays;

/**
 * Adds or changes a level-2 indicator of a draft. The fields follow the kind: full marks (MANUAL, AUTO), a rate
 * (AUTO), points per occurrence, a cap and optionally a count taken from the data (DEDUCTION, BONUS), nothing but
 * the guidance for a VETO.
 */
class IndicatorDialog extends FormDialog<IndicatorForm> {

    private final IndicatorSystemService service;
    private final SignedInUser actor;
    private final long systemId;

    IndicatorDialog(IndicatorSystemService service, SignedInUser actor, long systemId, Runnable onSaved) {
        super(IndicatorForm.class, onSaved);
        this.service = service;
        this.actor = actor;
        this.systemId = systemId;
        setId("indicator-dialog");
        TextField name = field("name", new TextField(getTranslation("assessment.indicator.name")));
        name.setId("indicator-name");
        name.setMaxLength(100);
        RadioButtonGroup<IndicatorKind> kind = field("kind", new RadioButtonGroup<>(getTranslation("assessment.indicator.kind")));
        kind.setItems(IndicatorKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("assessment.kind." + k.name()));
        kind.setId("indicator-kind");
        BigDecimalField maxPoints = field("maxPoints", new BigDecimalField());
        maxPoints.setId("indicator-max");
        BigDecimalField perOccurrence = field("perOccurrence", new BigDecimalField(getTranslation("assessment.indicator.perOccurrence")));
        perOccurrence.setId("indicator-per");
        Select<Metric> metric = field("metric", new Select<>());
        metric.setLabel(getTranslation("assessment.indicator.metric"));
        metric.setEmptySelectionAllowed(true);
        metric.setItemLabelGenerator(m -> m == null ? getTranslation("assessment.indicator.metric.none")
                : getTranslation("assessment.metric." + m.name()));
        metric.setId("indicator-metric");
        TextArea guidance = field("guidance", new TextArea(getTranslation("assessment.indicator.guidance")));
        guidance.setId("indicator-guidance");
        guidance.setMaxLength(1000);
        guidance.setMinHeight("8em");
        guidance.setHelperText(getTranslation("assessment.indicator.guidance.help"));
        form.add(name, kind, maxPoints, perOccurrence, metric, guidance);
        form.setColspan(name, 2);
        form.setColspan(kind, 2);
        form.setColspan(guidance, 2);
        kind.addValueChangeListener(e -> follow(e.getValue(), maxPoints, perOccurrence, metric));

        carry("id");
        carry("categoryId");
        binder.forField(name).asRequired(getTranslation("assessment.error.name", 100)).bind("name");
        binder.forField(kind).asRequired(getTranslation("assessment.error.kind")).bind("kind");
        binder.forField(maxPoints).bind("maxPoints");
        binder.forField(perOccurrence).bind("perOccurrence");
        binder.forField(metric).bind("metric");
        binder.forField(guidance).bind("guidance");
        follow(null, maxPoints, perOccurrence, metric);
    }

    private void follow(IndicatorKind kind, BigDecimalField maxPoints, BigDecimalField perOccurrence, Select<Metric> metric) {
        boolean counted = kind == IndicatorKind.DEDUCTION || kind == IndicatorKind.BONUS;
        maxPoints.setLabel(getTranslation(counted ? "assessment.indicator.cap" : "assessment.indicator.maxPoints"));
        maxPoints.setVisible(kind != IndicatorKind.VETO);
        perOccurrence.setVisible(counted);
        metric.setVisible(kind == IndicatorKind.AUTO || counted);
        Metric chosen = metric.getValue();
        // a rate scores an AUTO indicator; a count, optionally, gives a deduction or bonus its occurrences
        metric.setItems(Arrays.stream(Metric.values()).filter(m -> counted == m.isCount()).toList());
        metric.setEmptySelectionAllowed(counted);
        metric.setHelperText(counted ? getTranslation("assessment.indicator.metric.countHelp") : null);
        if (chosen != null && chosen.isCount() == counted) {
            metric.setValue(chosen);
        }
    }

    @Override
    protected long persist(IndicatorForm value) {
        return service.saveIndicator(systemId, value, actor);
    }
}
