package org.sunshine.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import org.sunshine.base.DomainException;
import org.sunshine.base.ui.Notices;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRow;
import org.sunshine.security.UserService;

/** An administrator sets a new password for an account (which also lifts a lockout). */
class PasswordResetDialog extends Dialog {

    PasswordResetDialog(UserService users, UserRow user, SignedInUser actor, Runnable onDone) {
        setId("password-dialog");
        setHeaderTitle(getTranslation("user.resetPassword.title", user.username()));
        PasswordField password = new PasswordField(getTranslation("user.newPassword"));
        password.setId("new-password");
        password.setHelperText(getTranslation("password.rule"));
        password.setWidthFull();
        PasswordField repeat = new PasswordField(getTranslation("user.repeatPassword"));
        repeat.setId("repeat-password");
        repeat.setWidthFull();
        add(password, repeat);
        Button save = new Button(getTranslation("common.save"), e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("user.error.passwordsDiffer"));
                repeat.setInvalid(true);
                return;
            }
            try {
                users.resetPassword(user.id(), password.getValue(), actor);
            } catch (DomainException ex) {
                password.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                password.setInvalid(true);
                return;
            }
            Notices.success(getTranslation("user.resetPassword.done", user.username()));
            close();
            onDone.run();
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
