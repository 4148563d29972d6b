package org.sunshine.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.sunshine.base.DomainException;

import java.util.HashMap;
import java.util.Map;

/**
 * A dialog that takes what one action on a record needs (a reason, a department, a number of days, a reply) and
 * runs it. A refusal is shown on the field it names or as a notice, and the dialog stays open; nothing was changed.
 */
public class ActionDialog extends Dialog {

    /** The action itself; throws {@link DomainException} to refuse. */
    public interface Run {
        void run();
    }

    private final VerticalLayout body = new VerticalLayout();
    private final Map<String, HasValidation> fields = new HashMap<>();

    public ActionDialog(String id, String title, String explanation) {
        setId(id);
        setHeaderTitle(title);
        setWidth("min(600px, 96vw)");
        body.setPadding(false);
        if (explanation != null && !explanation.isBlank()) {
            body.add(new Paragraph(explanation));
        }
        add(body);
    }

    /** Adds a field under the name the service uses in its refusals. */
    public <C extends Component & HasValidation> C field(String name, C field) {
        fields.put(name, field);
        body.add(field);
        return field;
    }

    public void addContent(Component component) {
        body.add(component);
    }

    /** The confirming button: runs the action, then {@code done} (e.g. a refresh) with a success notice. */
    public ActionDialog confirm(String label, String successKey, Run action, Runnable done) {
        Button confirm = new Button(label, e -> {
            try {
                action.run();
            } catch (DomainException ex) {
                Notices.refused(this, ex, fields);
                return;
            }
            Notices.success(getTranslation(successKey));
            close();
            done.run();
        });
        confirm.setId(getId().orElse("action") + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
        return this;
    }
}
