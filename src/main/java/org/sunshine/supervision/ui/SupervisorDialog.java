package org.sunshine.supervision.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.sunshine.base.ui.DatePickers;
import org.sunshine.base.ui.FormDialog;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.KeyAreaRow;
import org.sunshine.directory.ui.DepartmentChoices;
import org.sunshine.security.SignedInUser;
import org.sunshine.supervision.Background;
import org.sunshine.supervision.SupervisorForm;
import org.sunshine.supervision.SupervisorService;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Appoints a supervisor (with the account they sign in with) or changes one's details, term and scope. */
class SupervisorDialog extends FormDialog<SupervisorForm> {

    private final SupervisorService supervisors;
    private final SignedInUser actor;
    private final TextField username;
    private final PasswordField password;

    SupervisorDialog(SupervisorService supervisors, List<DepartmentRow> departments, List<KeyAreaRow> areas,
                     SignedInUser actor, Runnable onSaved) {
        super(SupervisorForm.class, onSaved);
        this.supervisors = supervisors;
        this.actor = actor;
        setId("supervisor-dialog");
        setWidth("min(760px, 96vw)");

        TextField name = field("name", new TextField(getTranslation("supervisor.name")));
        name.setMaxLength(60);
        name.setId("supervisor-name");
        Select<Background> background = field("background", new Select<>());
        background.setLabel(getTranslation("supervisor.background"));
        background.setItems(Background.values());
        background.setItemLabelGenerator(b -> getTranslation("supervisor.background." + b.name()));
        background.setId("supervisor-background");
        TextField affiliation = field("affiliation", new TextField(getTranslation("supervisor.affiliation")));
        affiliation.setMaxLength(100);
        affiliation.setHelperText(getTranslation("supervisor.affiliation.help"));
        affiliation.setId("supervisor-affiliation");
        TextField phone = field("phone", new TextField(getTranslation("supervisor.phone")));
        phone.setMaxLength(20);
        phone.setId("supervisor-phone");
        TextField email = field("email", new TextField(getTranslation("supervisor.email")));
        email.setMaxLength(100);
        email.setId("supervisor-email");
        DatePicker termStart = field("termStart", DatePickers.create(getTranslation("supervisor.termStart")));
        termStart.setId("supervisor-term-start");
        DatePicker termEnd = field("termEnd", DatePickers.create(getTranslation("supervisor.termEnd")));
        termEnd.setId("supervisor-term-end");
        DepartmentChoices choices = new DepartmentChoices(departments);
        MultiSelectComboBox<DepartmentRow> scopeDepartments = field("departmentIds",
                choices.multiple(getTranslation("supervisor.scope.departments")));
        scopeDepartments.setId("supervisor-departments");
        MultiSelectComboBox<KeyAreaRow> scopeAreas = field("keyAreaIds",
                new MultiSelectComboBox<>(getTranslation("supervisor.scope.keyAreas"), areas));
        scopeAreas.setItemLabelGenerator(KeyAreaRow::name);
        scopeAreas.setHelperText(getTranslation("supervisor.scope.help"));
        scopeAreas.setId("supervisor-areas");
        username = field("username", new TextField(getTranslation("user.username")));
        username.setMaxLength(40);
        username.setHelperText(getTranslation("user.username.help"));
        username.setId("supervisor-username");
        password = field("password", new PasswordField(getTranslation("user.initialPassword")));
        password.setHelperText(getTranslation("password.rule"));
        password.setId("supervisor-password");
        form.add(name, background, affiliation, phone, email, termStart, termEnd, scopeDepartments, scopeAreas,
                username, password);
        form.setColspan(affiliation, 2);
        form.setColspan(scopeDepartments, 2);
        form.setColspan(scopeAreas, 2);

        carry("id");
        binder.forField(name).asRequired(getTranslation("supervisor.error.name")).bind("name");
        binder.forField(background).asRequired(getTranslation("supervisor.error.background")).bind("background");
        binder.forField(affiliation).bind("affiliation");
        binder.forField(phone).bind("phone");
        binder.forField(email).bind("email");
        binder.forField(termStart).asRequired(getTranslation("supervisor.error.termStart")).bind("termStart");
        binder.forField(termEnd).asRequired(getTranslation("supervisor.error.termEnd")).bind("termEnd");
        choices.asIds(binder.forField(scopeDepartments)).bind("departmentIds");
        Map<Long, KeyAreaRow> areasById = areas.stream().collect(Collectors.toMap(KeyAreaRow::id, Function.identity()));
        binder.forField(scopeAreas).withConverter(
                rows -> rows.stream().map(KeyAreaRow::id).collect(Collectors.toCollection(LinkedHashSet::new)),
                (Set<Long> ids) -> ids == null ? Set.<KeyAreaRow>of() : ids.stream().map(areasById::get)
                        .filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new)))
                .bind("keyAreaIds");
        binder.forField(username).bind("username");
        binder.forField(password).bind("password");
    }

    void create(LocalDate today) {
        username.setVisible(true);
        password.setVisible(true);
        edit(SupervisorForm.empty(today), getTranslation("supervisor.create"));
    }

    void change(SupervisorForm form) {
        username.setVisible(false);
        password.setVisible(false);
        edit(form, getTranslation("supervisor.edit", form.name()));
    }

    @Override
    protected long persist(SupervisorForm value) {
        return supervisors.save(value, actor);
    }
}
