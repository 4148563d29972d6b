package org.sunshine.security.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.sunshine.security.StaffContactForm;

/**
 * The work e-mail, the mobile and the two digest choices of an account, in a form of its own: the administrator's
 * account dialog and the user's own contact dialog both show them.
 */
class StaffContactFields {

    private final EmailField email = new EmailField();
    private final TextField mobile = new TextField();
    private final Checkbox digestEmail = new Checkbox();
    private final Checkbox digestSms = new Checkbox();

    StaffContactFields(FormLayout form) {
        email.setLabel(form.getTranslation("user.email"));
        email.setId("user-email");
        email.setMaxLength(100);
        email.setClearButtonVisible(true);
        mobile.setLabel(form.getTranslation("user.mobile"));
        mobile.setId("user-mobile");
        mobile.setMaxLength(20);
        mobile.setAllowedCharPattern("[0-9+\\- ]");
        mobile.setHelperText(form.getTranslation("user.mobile.help"));
        digestEmail.setLabel(form.getTranslation("user.digestByEmail"));
        digestEmail.setId("user-digest-email");
        digestSms.setLabel(form.getTranslation("user.digestBySms"));
        digestSms.setId("user-digest-sms");
        form.add(email, mobile, digestEmail, digestSms);
    }

    void read(StaffContactForm contact) {
        email.setValue(contact.email() == null ? "" : contact.email());
        mobile.setValue(contact.mobile() == null ? "" : contact.mobile());
        digestEmail.setValue(contact.digestByEmail());
        digestSms.setValue(contact.digestBySms());
        email.setInvalid(false);
        mobile.setInvalid(false);
    }

    StaffContactForm value() {
        return new StaffContactForm(email.getValue(), mobile.getValue(), digestEmail.getValue(), digestSms.getValue());
    }

    /** The field the service's refusals name {@code email}. */
    EmailField email() {
        return email;
    }

    /** The field the service's refusals name {@code mobile}. */
    TextField mobile() {
        return mobile;
    }
}
