package org.sunshine.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.ValidationException;
import org.sunshine.base.DomainException;

import java.util.HashMap;
import java.util.Map;

/**
 * A dialog that edits one record with a {@link Binder}: the binder checks the input as it is typed, the service
 * checks it again on save, and a {@link DomainException} from the service is shown on the field it names (or as a
 * notice), in the user's language. Nothing is saved unless the service accepts the whole record.
 *
 * @param <T> the form record
 */
public abstract class FormDialog<T extends Record> extends Dialog {

    protected final Binder<T> binder;
    protected final FormLayout form = new FormLayout();
    private final Map<String, HasValidation> fieldsByName = new HashMap<>();
    private final Runnable onSaved;
    private final Button save;

    protected FormDialog(Class<T> type, Runnable onSaved) {
        this.binder = new Binder<>(type);
        this.onSaved = onSaved;
        setModal(true);
        setDraggable(true);
        setWidth("min(640px, 96vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        add(form);
        save = new Button(getTranslation("common.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("dialog-save");
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /** Saves the record with the service and returns its id; throws {@link DomainException} on bad input. */
    protected abstract long persist(T value);

    /** Registers a field under the record component name the service uses in its errors. */
    protected <C extends Component & HasValidation> C field(String name, C field) {
        fieldsByName.put(name, field);
        return field;
    }

    /** Carries a record component the dialog does not edit (such as the id) from the record read to the one written. */
    protected void carry(String property) {
        binder.forField(new ReadOnlyHasValue<Object>(value -> { })).bind(property);
    }

    /** Opens the dialog on a record. */
    public void edit(T value, String title) {
        setHeaderTitle(title);
        binder.readRecord(value);
        open();
    }

    private void save() {
        T value;
        try {
            value = binder.writeRecord();
        } catch (ValidationException e) {
            return; // the binder already marks the fields
        }
        try {
            persist(value);
        } catch (DomainException e) {
            Notices.refused(this, e, fieldsByName);
            return;
        }
        Notices.success(getTranslation("common.saved"));
        close();
        onSaved.run();
    }
}
