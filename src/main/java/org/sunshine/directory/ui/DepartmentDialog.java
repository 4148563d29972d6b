package org.sunshine.directory.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.sunshine.base.ui.FormDialog;
import org.sunshine.directory.DepartmentForm;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.DepartmentType;
import org.sunshine.security.SignedInUser;

/** Creates or edits a department. */
class DepartmentDialog extends FormDialog<DepartmentForm> {

    private final DepartmentService departments;
    private final SignedInUser actor;

    DepartmentDialog(DepartmentService departments, SignedInUser actor, Runnable onSaved) {
        super(DepartmentForm.class, onSaved);
        this.departments = departments;
        this.actor = actor;
        setId("department-dialog");
        TextField code = field("code", new TextField(getTranslation("department.code")));
        code.setMaxLength(32);
        code.setId("department-code");
        code.setHelperText(getTranslation("department.code.help"));
        TextField name = field("name", new TextField(getTranslation("department.name")));
        name.setMaxLength(100);
        name.setId("department-name");
        TextField shortName = field("shortName", new TextField(getTranslation("department.shortName")));
        shortName.setMaxLength(40);
        shortName.setId("department-short-name");
        Select<DepartmentType> type = field("type", new Select<>());
        type.setLabel(getTranslation("department.type"));
        type.setItems(DepartmentType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        type.setId("department-type");
        DepartmentChoices choices = new DepartmentChoices(departments.active());
        ComboBox<DepartmentRow> parent = field("parentId", choices.single(getTranslation("department.parent")));
        parent.setId("department-parent");
        IntegerField sortOrder = field("sortOrder", new IntegerField(getTranslation("common.sortOrder")));
        sortOrder.setId("department-sort-order");
        form.add(code, name, shortName, type, parent, sortOrder);

        carry("id");
        binder.forField(code).asRequired(getTranslation("department.error.code")).bind("code");
        binder.forField(name).asRequired(getTranslation("department.error.name")).bind("name");
        binder.forField(shortName).asRequired(getTranslation("department.error.shortName")).bind("shortName");
        binder.forField(type).asRequired(getTranslation("department.error.type")).bind("type");
        choices.asId(binder.forField(parent)).bind("parentId");
        binder.forField(sortOrder).bind("sortOrder");
    }

    @Override
    protected long persist(DepartmentForm value) {
        return departments.save(value, actor);
    }
}
