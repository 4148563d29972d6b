package org.sunshine.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import org.sunshine.base.DomainException;
import org.sunshine.base.ui.Notices;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.StaffContacts;

import java.util.Map;

/** 我的联系方式: a signed-in user sets the work e-mail and mobile they are told of work at, and their digest choices. */
public class OwnContactDialog extends Dialog {

    public OwnContactDialog(StaffContacts contacts, CurrentUser currentUser) {
        SignedInUser user = currentUser.require();
        setId("own-contact-dialog");
        setHeaderTitle(getTranslation("user.contact.title"));
        setWidth("min(560px, 96vw)");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("420px", 2));
        StaffContactFields fields = new StaffContactFields(form);
        fields.read(contacts.of(user.id()));
        add(new Paragraph(getTranslation("user.contact.intro")), form);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                contacts.save(user.id(), fields.value(), user);
            } catch (DomainException ex) {
                Notices.refused(this, ex, Map.of("email", fields.email(), "mobile", fields.mobile()));
                return;
            }
            Notices.success(getTranslation("common.saved"));
            close();
        });
        save.setId("own-contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
