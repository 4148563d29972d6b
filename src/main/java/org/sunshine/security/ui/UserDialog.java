package org.sunshine.security.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.sunshine.base.ui.FormDialog;
import org.sunshine.security.AccountDepartments;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.StaffContactForm;
import org.sunshine.security.StaffContacts;
import org.sunshine.security.UserForm;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Creates an account (with its first password) or edits one (name, role, department); and its work contact. */
class UserDialog extends FormDialog<UserForm> {

    private final StaffContacts contacts;
    private final SignedInUser actor;
    private final TextField username;
    private final PasswordField password;
    private final StaffContactFields contact;

    UserDialog(StaffContacts contacts, List<AccountDepartments.Choice> departments, SignedInUser actor,
               Runnable onSaved) {
        super(UserForm.class, onSaved);
        this.contacts = contacts;
        this.actor = actor;
        setId("user-dialog");
        username = field("username", new TextField(getTranslation("user.username")));
        username.setMaxLength(40);
        username.setId("user-username");
        username.setHelperText(getTranslation("user.username.help"));
        TextField displayName = field("displayName", new TextField(getTranslation("user.displayName")));
        displayName.setMaxLength(60);
        displayName.setId("user-display-name");
        Select<Role> role = field("role", new Select<>());
        role.setLabel(getTranslation("user.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setId("user-role");
        ComboBox<AccountDepartments.Choice> department = field("departmentId",
                new ComboBox<>(getTranslation("user.department"), departments));
        department.setItemLabelGenerator(AccountDepartments.Choice::name);
        department.setClearButtonVisible(true);
        department.setHelperText(getTranslation("user.department.help"));
        department.setId("user-department");
        password = field("password", new PasswordField(getTranslation("user.initialPassword")));
        password.setHelperText(getTranslation("password.rule"));
        password.setId("user-password");
        form.add(username, displayName, role, department, password);
        contact = new StaffContactFields(form);
        field("email", contact.email());
        field("mobile", contact.mobile());

        carry("id");
        binder.forField(username).asRequired(getTranslation("user.error.username")).bind("username");
        binder.forField(displayName).asRequired(getTranslation("user.error.displayName")).bind("displayName");
        binder.forField(role).asRequired(getTranslation("user.error.role")).bind("role");
        Map<Long, AccountDepartments.Choice> byId = departments.stream()
                .collect(Collectors.toMap(AccountDepartments.Choice::id, Function.identity()));
        binder.forField(department).withConverter(choice -> choice == null ? null : choice.id(),
                (Long id) -> id == null ? null : byId.get(id)).bind("departmentId");
        binder.forField(password).bind("password");
    }

    void create() {
        username.setReadOnly(false);
        password.setVisible(true);
        contact.read(StaffContactForm.NONE);
        edit(UserForm.empty(), getTranslation("user.create"));
    }

    void change(UserForm form) {
        username.setReadOnly(true);
        password.setVisible(false);
        contact.read(contacts.of(form.id()));
        edit(form, getTranslation("user.edit", form.username()));
    }

    @Override
    protected long persist(UserForm value) {
        return contacts.saveAccount(value, contact.value(), actor);
    }
}
