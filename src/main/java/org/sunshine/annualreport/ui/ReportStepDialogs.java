package org.sunshine.annualreport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextArea;
import org.sunshine.annualreport.AnnualReports;
import org.sunshine.annualreport.ReportAction;
import org.sunshine.annualreport.ReportSection;
import org.sunshine.annualreport.ReportSteps;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.security.SignedInUser;

import java.util.Locale;

/**
 * The dialogs of a report's page: each step (报送, 退回, 审核通过, 公开, 更正) asks what it needs — a confirmation, a
 * reason — and runs it; a text section is edited in a dialog, or drafted again from the data after the organ
 * confirms that its text will be replaced.
 */
final class ReportStepDialogs {

    private final AnnualReports reports;
    private final ReportSteps steps;
    private final SignedInUser viewer;

    ReportStepDialogs(AnnualReports reports, ReportSteps steps, SignedInUser viewer) {
        this.reports = reports;
        this.steps = steps;
        this.viewer = viewer;
    }

    static String idOf(ReportAction action) {
        return "action-" + action.name().toLowerCase(Locale.ROOT);
    }

    /** The button of a step, opening its dialog. */
    Button button(Component in, ReportAction action, long id, Runnable done) {
        Button button = new Button(in.getTranslation("annualreport.action." + action.name()),
                e -> dialog(in, action, id, done).open());
        button.setId(idOf(action));
        button.addThemeVariants(action == ReportAction.SUBMIT || action == ReportAction.APPROVE
                || action == ReportAction.PUBLISH ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        button.setWidthFull();
        return button;
    }

    ActionDialog dialog(Component in, ReportAction action, long id, Runnable done) {
        String title = in.getTranslation("annualreport.action." + action.name());
        String name = action.name().toLowerCase(Locale.ROOT);
        ActionDialog dialog = new ActionDialog("report-" + name, title,
                in.getTranslation("annualreport.confirm." + action.name()));
        TextArea reason = new TextArea(in.getTranslation(action == ReportAction.CORRECT
                ? "annualreport.field.correctionReason" : "annualreport.field.returnReason"));
        reason.setWidthFull();
        reason.setMaxLength(ReportSteps.MAX_REASON);
        reason.setId("report-reason");
        if (action == ReportAction.RETURN || action == ReportAction.CORRECT) {
            dialog.field("reason", reason);
        }
        return dialog.confirm(title, "annualreport.done." + action.name(), () -> {
            switch (action) {
                case SUBMIT -> steps.submit(id, viewer);
                case RETURN -> steps.returnReport(id, reason.getValue(), viewer);
                case APPROVE -> steps.approve(id, viewer);
                case PUBLISH -> steps.publish(id, viewer);
                case CORRECT -> steps.correct(id, reason.getValue(), viewer);
                case OPEN -> throw new IllegalArgumentException(action.name());
            }
        }, done);
    }

    /** Edits a section's text, as it was opened ({@code version}). */
    ActionDialog edit(Component in, long id, ReportSection section, String text, int version, Runnable done) {
        ActionDialog dialog = new ActionDialog("report-section-dialog", in.getTranslation(section.labelKey()),
                in.getTranslation("annualreport.section.hint"));
        dialog.setWidth("min(900px, 96vw)");
        TextArea area = new TextArea();
        area.setWidthFull();
        area.setMinHeight("18em");
        area.setMaxLength(ReportSection.MAX_LENGTH);
        area.setValue(text);
        area.setId("report-section-text");
        dialog.field("text", area);
        return dialog.confirm(in.getTranslation("common.save"), "common.saved",
                () -> reports.saveSection(id, section, area.getValue(), version, viewer), done);
    }

    /** Replaces a section's text with a new draft from the data, once confirmed. */
    ActionDialog redraft(Component in, long id, ReportSection section, int version, Runnable done) {
        ActionDialog dialog = new ActionDialog("report-redraft-dialog", in.getTranslation("annualreport.redraft"),
                in.getTranslation("annualreport.redraft.confirm", in.getTranslation(section.labelKey())));
        return dialog.confirm(in.getTranslation("annualreport.redraft"), "annualreport.redraft.done",
                () -> reports.redraft(id, section, version, viewer), done);
    }
}
