package org.sunshine.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.sunshine.base.DomainException;

import java.util.Map;

/** Short messages at the bottom of the screen: what was done, or what went wrong. */
public final class Notices {

    private Notices() {
    }

    public static void success(String text) {
        Notification notification = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Shows a service's refusal where the user will look: on the field it names, if {@code fields} has it, else as
     * an error notice. {@code where} translates the message in the user's language.
     */
    public static void refused(Component where, DomainException e, Map<String, ? extends HasValidation> fields) {
        String message = where.getTranslation(e.messageKey(), e.args());
        HasValidation field = e.field() == null ? null : fields.get(e.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            error(message);
        }
    }
}
