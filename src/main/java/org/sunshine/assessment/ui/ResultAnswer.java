package org.sunshine.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.sunshine.assessment.DepartmentResults;
import org.sunshine.assessment.Objection;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.PeriodObjections;
import org.sunshine.assessment.PeriodState;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.base.ui.Dates;
import org.sunshine.security.SignedInUser;

import java.time.ZoneId;

/**
 * A department's answer to its published result: its acceptance or objection and the lead inspector's answer, and
 * for its handler, while the window is open, the buttons to accept or object.
 */
final class ResultAnswer extends Div {

    private final PeriodObjections objections;
    private final SignedInUser viewer;
    private final Runnable refresh;
    private final long periodId;

    ResultAnswer(DepartmentResults.Result r, PeriodObjections objections, SignedInUser viewer, ZoneId zone,
                 Runnable refresh) {
        this.objections = objections;
        this.viewer = viewer;
        this.refresh = refresh;
        this.periodId = r.period().getId();
        Period p = r.period();
        add(new H4(getTranslation("assessment.answer.title")));
        addClassName("reply-box");
        setId("result-answer");
        Objection o = r.objection();
        if (o != null) {
            add(new Paragraph(getTranslation("assessment.objection.filedLine", o.filedByName(),
                    Dates.time(this, o.filedAt(), zone))));
            Paragraph text = new Paragraph(o.text());
            text.addClassName("complaint-content");
            add(text);
            if (o.answered()) {
                add(new Paragraph(getTranslation("assessment.objection.answerLine",
                        getTranslation("assessment.objection.outcome." + o.outcome().name()), o.answeredByName(),
                        Dates.time(this, o.answeredAt(), zone))));
                Paragraph answer = new Paragraph(o.answer());
                answer.addClassName("complaint-content");
                answer.setId("objection-answer-text");
                add(answer);
            } else {
                add(new Paragraph(getTranslation("assessment.objection.waiting")));
            }
        } else if (r.acceptedAt() != null) {
            add(new Paragraph(getTranslation("assessment.answer.acceptedLine", Dates.time(this, r.acceptedAt(), zone))));
        } else if (p.getState() == PeriodState.PUBLISHED) {
            add(new Paragraph(getTranslation("assessment.answer.window", Dates.dateWithWeekday(this, p.getObjectionDue()))));
        } else {
            add(new Paragraph(getTranslation("assessment.answer.silent")));
        }
        if (r.mayAnswer()) {
            Button accept = new Button(getTranslation("assessment.answer.accept"), e -> acceptDialog().open());
            accept.setId("result-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button object = new Button(getTranslation("assessment.objection.file"), e -> objectDialog().open());
            object.setId("result-object");
            add(new HorizontalLayout(accept, object));
        }
    }

    private ActionDialog acceptDialog() {
        ActionDialog dialog = new ActionDialog("dialog-accept", getTranslation("assessment.answer.accept"),
                getTranslation("assessment.answer.accept.help"));
        return dialog.confirm(getTranslation("assessment.answer.accept"), "assessment.answer.accepted",
                () -> objections.accept(periodId, viewer), refresh);
    }

    private ActionDialog objectDialog() {
        ActionDialog dialog = new ActionDialog("dialog-object", getTranslation("assessment.objection.file"),
                getTranslation("assessment.objection.file.help"));
        TextArea text = dialog.field("text", new TextArea(getTranslation("assessment.objection.text")));
        text.setWidthFull();
        text.setMaxLength(2000);
        text.setMinHeight("10em");
        text.setId("objection-text");
        return dialog.confirm(getTranslation("assessment.objection.file"), "assessment.objection.filed",
                () -> objections.object(periodId, text.getValue(), viewer), refresh);
    }
}
