package org.sunshine.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.micronaut.context.annotation.Prototype;
import org.sunshine.assessment.DepartmentProgress;
import org.sunshine.assessment.Objection;
import org.sunshine.assessment.ObjectionOutcome;
import org.sunshine.assessment.PeriodDetails;
import org.sunshine.assessment.PeriodObjections;
import org.sunshine.assessment.PeriodState;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.security.SignedInUser;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A period's objections tab: each department's objection and the answer, and for the lead inspector, while the
 * results are published, the answer to give.
 */
@Prototype
class PeriodObjectionsPanel extends Div {

    private final PeriodObjections objections;
    private final BusinessClock clock;

    PeriodObjectionsPanel(PeriodObjections objections, BusinessClock clock) {
        this.objections = objections;
        this.clock = clock;
        setId("period-objections");
    }

    PeriodObjectionsPanel show(PeriodDetails.Detail d, SignedInUser viewer, Runnable refresh) {
        removeAll();
        long periodId = d.period().getId();
        if (d.objections().isEmpty()) {
            add(new Paragraph(getTranslation("assessment.objection.none")));
        }
        Map<Long, String> names = d.departments().stream()
                .collect(Collectors.toMap(DepartmentProgress::departmentId, DepartmentProgress::departmentName));
        for (Objection o : d.objections()) {
            Div item = DetailParts.box(getTranslation("assessment.objection.from", names.get(o.departmentId()),
                    Dates.time(this, o.filedAt(), clock.zone())), o.text(), "objection-" + o.id());
            if (o.answered()) {
                item.add(new Paragraph(getTranslation("assessment.objection.answerLine",
                        getTranslation("assessment.objection.outcome." + o.outcome().name()), o.answeredByName(),
                        Dates.time(this, o.answeredAt(), clock.zone()))));
                Paragraph answer = new Paragraph(o.answer());
                answer.addClassName("complaint-content");
                item.add(answer);
            } else if (d.lead() && d.period().getState() == PeriodState.PUBLISHED) {
                Button answer = new Button(getTranslation("assessment.objection.answer"),
                        e -> answerDialog(o, names.get(o.departmentId()), viewer, refresh).open());
                answer.setId("objection-answer-" + o.id());
                answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                item.add(answer);
            }
            item.add(new Anchor(DepartmentResultView.path(periodId, o.departmentId()), getTranslation("assessment.result.open")));
            add(item);
        }
        return this;
    }

    private ActionDialog answerDialog(Objection o, String department, SignedInUser viewer, Runnable refresh) {
        ActionDialog dialog = new ActionDialog("dialog-answer", getTranslation("assessment.objection.answerTitle", department),
                getTranslation("assessment.objection.answer.help"));
        RadioButtonGroup<ObjectionOutcome> outcome = dialog.field("outcome",
                new RadioButtonGroup<>(getTranslation("assessment.objection.outcome")));
        outcome.setItems(ObjectionOutcome.values());
        outcome.setItemLabelGenerator(v -> getTranslation("assessment.objection.outcome." + v.name()));
        outcome.setId("answer-outcome");
        TextArea text = dialog.field("answer", new TextArea(getTranslation("assessment.objection.answerText")));
        text.setWidthFull();
        text.setMaxLength(2000);
        text.setMinHeight("8em");
        text.setId("answer-text");
        return dialog.confirm(getTranslation("assessment.objection.answer"), "assessment.objection.answered",
                () -> objections.answer(o.id(), outcome.getValue(), text.getValue(), viewer), refresh);
    }
}
