package org.sunshine.proactive.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.finding.FindingService;
import org.sunshine.finding.Severity;

/**
 * 转为督查发现: the severity and the description the platform drafted (the inspector may edit it), then one click
 * files the finding. A refusal (filed meanwhile, no longer overdue) stays in the dialog.
 */
class MissFindingDialog extends ActionDialog {

    /** What the confirming button runs: files the finding with the severity and the description. */
    interface Filing {
        void file(Severity severity, String description);
    }

    MissFindingDialog(String explanation, String draft, Filing filing, Runnable done) {
        super("dialog-miss-finding", "", explanation);
        setHeaderTitle(getTranslation("proactive.monitor.toFinding"));
        RadioButtonGroup<Severity> severity = field("severity", new RadioButtonGroup<>(getTranslation("finding.severity")));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation("finding.severity." + s.name()));
        severity.setValue(Severity.MINOR);
        severity.setId("miss-finding-severity");
        TextArea description = field("description", new TextArea(getTranslation("finding.description")));
        description.setMaxLength(FindingService.MAX_DESCRIPTION);
        description.setValue(draft);
        description.setWidthFull();
        description.setMinHeight("9em");
        description.setId("miss-finding-description");
        confirm(getTranslation("proactive.monitor.toFinding"), "proactive.monitor.filed",
                () -> filing.file(severity.getValue(), description.getValue()), done);
    }
}
