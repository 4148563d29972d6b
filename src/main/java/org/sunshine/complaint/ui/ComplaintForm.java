package org.sunshine.complaint.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.micronaut.core.annotation.Nullable;
import org.sunshine.base.DomainException;
import org.sunshine.base.EmailAddress;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.ui.Notices;
import org.sunshine.base.ui.Uploads;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.Submission;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.KeyAreaRow;
import org.sunshine.directory.ui.DepartmentChoices;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a complaint, used by the public form and by staff entering a call or a letter: type, key area,
 * department, subject, content, up to five files, and the optional identity (name, phone, an e-mail address to be
 * told of each step) with the consent to show it.
 */
public class ComplaintForm extends FormLayout {

    /** The form's values before the files are added. */
    public record Values(ComplaintType type, @Nullable Long keyAreaId, @Nullable Long departmentId, String subject,
                  String content, String name, String phone, String email, Boolean consent) {
    }

    private final Binder<Values> binder = new Binder<>(Values.class);
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final List<Attachments.Upload> files = Collections.synchronizedList(new ArrayList<>());
    private final Upload upload;

    ComplaintForm(List<KeyAreaRow> areas, List<DepartmentRow> departments) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("560px", 2));
        RadioButtonGroup<ComplaintType> type = new RadioButtonGroup<>(getTranslation("complaint.type"));
        type.setItems(ComplaintType.values());
        type.setItemLabelGenerator(t -> getTranslation("complaint.type." + t.name()));
        type.setId("complaint-type");
        fields.put("type", type);
        ComboBox<KeyAreaRow> area = new ComboBox<>(getTranslation("complaint.keyArea"), areas);
        area.setItemLabelGenerator(KeyAreaRow::name);
        area.setClearButtonVisible(true);
        area.setHelperText(getTranslation("complaint.keyArea.help"));
        area.setId("complaint-area");
        fields.put("keyAreaId", area);
        DepartmentChoices choices = new DepartmentChoices(departments);
        ComboBox<DepartmentRow> department = choices.single(getTranslation("complaint.department"));
        department.setHelperText(getTranslation("complaint.department.help"));
        department.setId("complaint-department");
        fields.put("departmentId", department);
        TextField subject = new TextField(getTranslation("complaint.subject"));
        subject.setMaxLength(ComplaintIntake.MAX_SUBJECT);
        subject.setId("complaint-subject");
        fields.put("subject", subject);
        TextArea content = new TextArea(getTranslation("complaint.content"));
        content.setMaxLength(ComplaintIntake.MAX_CONTENT);
        content.setMinHeight("10em");
        content.setHelperText(getTranslation("complaint.content.help", ComplaintIntake.MAX_CONTENT));
        content.setId("complaint-content");
        fields.put("content", content);
        TextField name = new TextField(getTranslation("complaint.name"));
        name.setMaxLength(60);
        name.setId("complaint-name");
        fields.put("name", name);
        TextField phone = new TextField(getTranslation("complaint.phone"));
        phone.setMaxLength(20);
        phone.setAllowedCharPattern("[0-9+\\- ]");
        phone.setId("complaint-phone");
        fields.put("phone", phone);
        // a text field, not an EmailField: one rule, the server's, with its message in the reader's language
        TextField email = new TextField(getTranslation("complaint.email"));
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.getElement().setAttribute("inputmode", "email");
        email.setHelperText(getTranslation("complaint.email.help"));
        email.setId("complaint-email");
        fields.put("email", email);
        Checkbox consent = new Checkbox(getTranslation("complaint.consent"));
        consent.setId("complaint-consent");

        upload = Uploads.attachments("complaint-files", files);
        Span filesLabel = new Span(getTranslation("complaint.files", Attachments.MAX_FILES, Attachments.MAX_BYTES / 1024 / 1024));
        filesLabel.addClassName("field-label");

        Span identity = new Span(getTranslation("complaint.identity.help"));
        identity.addClassName("form-note");

        add(type, 2);
        add(area, department, subject);
        setColspan(subject, 2);
        add(content, 2);
        add(filesLabel, 2);
        add(upload, 2);
        add(identity, 2);
        add(name, phone);
        add(email, 2);
        add(consent, 2);

        binder.forField(type).asRequired(getTranslation("complaint.error.type")).bind("type");
        binder.forField(area).withConverter(a -> a == null ? null : a.id(), id -> areas.stream()
                .filter(a -> a.id() == (id == null ? -1 : id)).findFirst().orElse(null)).bind("keyAreaId");
        choices.asId(binder.forField(department)).bind("departmentId");
        binder.forField(subject).asRequired(getTranslation("complaint.error.subject", ComplaintIntake.MAX_SUBJECT)).bind("subject");
        binder.forField(content).asRequired(getTranslation("complaint.error.content", ComplaintIntake.MAX_CONTENT)).bind("content");
        binder.forField(name).bind("name");
        binder.forField(phone).bind("phone");
        binder.forField(email).bind("email");
        binder.forField(consent).bind("consent");
        binder.readRecord(new Values(null, null, null, "", "", "", "", "", false));
    }

    /** The submission, or empty (with the fields marked) if something required is missing. */
    Optional<Submission> read() {
        try {
            Values v = binder.writeRecord();
            return Optional.of(new Submission(v.type(), v.keyAreaId(), v.departmentId(), v.subject(), v.content(),
                    v.name(), v.phone(), v.email(), Boolean.TRUE.equals(v.consent()), List.copyOf(files)));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** Shows a refusal of the service on its field, or as a notice. */
    void show(DomainException e) {
        Notices.refused(this, e, fields);
    }
}
