package org.sunshine.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.sunshine.base.ClientAddresses;
import org.sunshine.base.DomainException;
import org.sunshine.base.ui.Notices;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserService;

/**
 * 修改密码: a signed-in user sets a new password, giving the current one. The account's other sessions end; this one
 * goes on under a new session id.
 */
public class ChangePasswordDialog extends Dialog {

    public ChangePasswordDialog(UserService users, CurrentUser currentUser, ClientAddresses addresses) {
        SignedInUser user = currentUser.require();
        setId("own-password-dialog");
        setHeaderTitle(getTranslation("password.change.title"));
        PasswordField current = field("password.current", "own-current-password");
        PasswordField password = field("user.newPassword", "own-new-password");
        password.setHelperText(getTranslation("password.rule"));
        PasswordField repeat = field("user.repeatPassword", "own-repeat-password");
        add(new Paragraph(getTranslation("password.change.intro")));
        add(current, password, repeat);
        Button save = new Button(getTranslation("common.save"), e -> {
            current.setInvalid(false);
            password.setInvalid(false);
            repeat.setInvalid(false);
            if (!password.getValue().equals(repeat.getValue())) {
                show(repeat, getTranslation("user.error.passwordsDiffer"));
                return;
            }
            try {
                users.changeOwnPassword(user, current.getValue(), password.getValue(), addresses.current());
            } catch (DomainException ex) {
                show("currentPassword".equals(ex.field()) ? current : password, getTranslation(ex.messageKey(), ex.args()));
                return;
            }
            // the sessions generation moved on: this session signs in again under it, the others are over
            currentUser.signIn(user);
            Notices.success(getTranslation("password.change.done"));
            close();
        });
        save.setId("own-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private PasswordField field(String labelKey, String id) {
        PasswordField field = new PasswordField(getTranslation(labelKey));
        field.setId(id);
        field.setWidthFull();
        field.setMaxLength(200);
        return field;
    }

    private static void show(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
