package org.sunshine.proactive.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.sunshine.base.ui.FormDialog;
import org.sunshine.finding.Severity;
import org.sunshine.proactive.LinkCandidate;
import org.sunshine.proactive.LinkCandidates;
import org.sunshine.security.SignedInUser;

/**
 * 确认失效: the inspector turns a DEAD candidate into a 链接失效 finding in one step — the severity chosen, the
 * description the product drafted from the checks (editable), the record linked.
 */
class DeadLinkDialog extends FormDialog<LinkCandidates.Confirmation> {

    private final LinkCandidates links;
    private final LinkCandidate candidate;
    private final SignedInUser inspector;

    DeadLinkDialog(LinkCandidates links, LinkCandidate candidate, SignedInUser inspector, Runnable onSaved) {
        super(LinkCandidates.Confirmation.class, onSaved);
        this.links = links;
        this.candidate = candidate;
        this.inspector = inspector;
        setId("dead-link-dialog");
        Paragraph help = new Paragraph(getTranslation("proactive.links.confirmHelp", candidate.departmentName()));
        RadioButtonGroup<Severity> severity = field("severity", new RadioButtonGroup<>(getTranslation("finding.severity")));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation("finding.severity." + s.name()));
        severity.setId("dead-link-severity");
        TextArea description = field("description", new TextArea(getTranslation("finding.description")));
        description.setMaxLength(2000);
        description.setMinHeight("8em");
        description.setId("dead-link-description");
        form.add(help, severity, description);
        form.setColspan(help, 2);
        form.setColspan(severity, 2);
        form.setColspan(description, 2);
        binder.forField(severity).bind("severity");
        binder.forField(description).bind("description");
    }

    /** Opens on the drafted description, 一般. */
    void start() {
        edit(new LinkCandidates.Confirmation(Severity.MINOR, links.draft(candidate.id(), inspector)),
                getTranslation("proactive.links.confirmTitle"));
    }

    @Override
    protected long persist(LinkCandidates.Confirmation value) {
        return links.confirm(candidate.id(), value, inspector);
    }
}
