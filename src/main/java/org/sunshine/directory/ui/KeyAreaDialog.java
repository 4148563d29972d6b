package org.sunshine.directory.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.sunshine.base.ui.FormDialog;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.KeyAreaForm;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.security.SignedInUser;

import java.util.List;

/** Creates or edits a key area. */
class KeyAreaDialog extends FormDialog<KeyAreaForm> {

    private final KeyAreaService areas;
    private final SignedInUser actor;

    KeyAreaDialog(KeyAreaService areas, List<DepartmentRow> departments, SignedInUser actor, Runnable onSaved) {
        super(KeyAreaForm.class, onSaved);
        this.areas = areas;
        this.actor = actor;
        setId("key-area-dialog");
        TextField code = field("code", new TextField(getTranslation("keyArea.code")));
        code.setMaxLength(32);
        code.setId("key-area-code");
        TextField name = field("name", new TextField(getTranslation("keyArea.name")));
        name.setMaxLength(100);
        name.setId("key-area-name");
        DepartmentChoices choices = new DepartmentChoices(departments);
        ComboBox<DepartmentRow> lead = field("leadDepartmentId", choices.single(getTranslation("keyArea.lead")));
        lead.setId("key-area-lead");
        IntegerField sortOrder = field("sortOrder", new IntegerField(getTranslation("common.sortOrder")));
        TextArea description = field("description", new TextArea(getTranslation("keyArea.description")));
        description.setMaxLength(1000);
        form.add(code, name, lead, sortOrder, description);
        form.setColspan(description, 2);

        carry("id");
        binder.forField(code).asRequired(getTranslation("keyArea.error.code")).bind("code");
        binder.forField(name).asRequired(getTranslation("keyArea.error.name")).bind("name");
        binder.forField(description).bind("description");
        choices.asId(binder.forField(lead)).bind("leadDepartmentId");
        binder.forField(sortOrder).bind("sortOrder");
    }

    @Override
    protected long persist(KeyAreaForm value) {
        return areas.save(value, actor);
    }
}
