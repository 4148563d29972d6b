package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.ui.Notices;
import org.sunshine.base.ui.Uploads;
import org.sunshine.inforequest.ApplicantKind;
import org.sunshine.inforequest.Delivery;
import org.sunshine.inforequest.FormWanted;
import org.sunshine.inforequest.IdType;
import org.sunshine.inforequest.OrgType;
import org.sunshine.inforequest.Organs;
import org.sunshine.inforequest.RequestForm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of an application (Art. 29): the organ, who applies (a person's or an organization's fields, switched by
 * the kind), how to reach them, an optional ID scan, the one item of information sought, the form and the way
 * wanted. No 用途. The service checks everything; its refusal is shown on the field it names.
 */
class ApplyForm extends FormLayout {

    private final Map<String, HasValidation> fields = new HashMap<>();
    private final List<Attachments.Upload> scan = Collections.synchronizedList(new ArrayList<>());
    final ComboBox<Organs.Organ> organ;
    final RadioButtonGroup<ApplicantKind> kind = new RadioButtonGroup<>();
    private final TextField name = text("name", "apply-name", 100);
    private final ComboBox<IdType> idType = new ComboBox<>();
    private final TextField idNumber = text("idNumber", "apply-id-number", 40);
    private final ComboBox<OrgType> orgType = new ComboBox<>();
    private final TextField creditCode = text("creditCode", "apply-credit-code", 40);
    private final TextField contactPerson = text("contactPerson", "apply-contact-person", 60);
    private final TextField phone = text("phone", "apply-phone", 20);
    private final TextField email = text("email", "apply-email", 100);
    private final TextField address = text("address", "apply-address", 200);
    private final TextField postalCode = text("postalCode", "apply-postal-code", 6);
    private final TextArea description = new TextArea();
    private final TextField docNumber = text("docNumber", "apply-doc-number", 100);
    private final RadioButtonGroup<FormWanted> formWanted = new RadioButtonGroup<>();
    private final RadioButtonGroup<Delivery> delivery = new RadioButtonGroup<>();

    ApplyForm(List<Organs.Organ> organs) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("560px", 2));
        organ = new ComboBox<>(getTranslation("inforequest.field.organ"), organs);
        organ.setItemLabelGenerator(Organs.Organ::name);
        organ.setId("apply-organ");
        organ.setHelperText(getTranslation("apply.organ.help"));
        fields.put("organ", organ);

        kind.setLabel(getTranslation("inforequest.field.applicantKind"));
        kind.setItems(ApplicantKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("inforequest.applicant." + k.name()));
        kind.setId("apply-kind");
        fields.put("applicantKind", kind);

        idType.setLabel(getTranslation("inforequest.field.idType"));
        idType.setItems(IdType.values());
        idType.setItemLabelGenerator(t -> getTranslation("inforequest.idType." + t.name()));
        idType.setId("apply-id-type");
        idType.setValue(IdType.RESIDENT_ID);
        fields.put("idType", idType);
        idNumber.setLabel(getTranslation("inforequest.field.idNumber"));
        orgType.setLabel(getTranslation("inforequest.field.orgType"));
        orgType.setItems(OrgType.values());
        orgType.setItemLabelGenerator(t -> getTranslation("inforequest.orgType." + t.name()));
        orgType.setId("apply-org-type");
        fields.put("orgType", orgType);
        creditCode.setLabel(getTranslation("inforequest.field.creditCode"));
        creditCode.setHelperText(getTranslation("apply.creditCode.help"));
        contactPerson.setLabel(getTranslation("inforequest.field.contactPerson"));
        phone.setLabel(getTranslation("inforequest.field.phone"));
        phone.setAllowedCharPattern("[0-9+\\- ]");
        email.setLabel(getTranslation("inforequest.field.email"));
        address.setLabel(getTranslation("inforequest.field.address"));
        postalCode.setLabel(getTranslation("inforequest.field.postalCode"));
        postalCode.setAllowedCharPattern("[0-9]");

        Upload upload = Uploads.attachments("apply-id-scan", scan);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", "application/pdf", "image/jpeg", "image/png");
        Span scanLabel = new Span(getTranslation("apply.idScan", Attachments.MAX_BYTES / 1024 / 1024));
        scanLabel.addClassName("field-label");
        scanLabel.setId("apply-id-scan-label");

        description.setLabel(getTranslation("inforequest.field.description"));
        description.setId("apply-description");
        description.setMaxLength(2000);
        description.setMinHeight("8em");
        description.setHelperText(getTranslation("apply.description.help"));
        fields.put("description", description);
        docNumber.setLabel(getTranslation("inforequest.field.docNumber"));
        docNumber.setHelperText(getTranslation("apply.docNumber.help"));
        formWanted.setLabel(getTranslation("inforequest.field.formWanted"));
        formWanted.setItems(FormWanted.values());
        formWanted.setItemLabelGenerator(f -> getTranslation("inforequest.form." + f.name()));
        formWanted.setId("apply-form-wanted");
        fields.put("formWanted", formWanted);
        delivery.setLabel(getTranslation("inforequest.field.delivery"));
        delivery.setItems(Delivery.values());
        delivery.setItemLabelGenerator(d -> getTranslation("inforequest.delivery." + d.name()));
        delivery.setId("apply-delivery");
        fields.put("delivery", delivery);
        fields.put("idScan", new ScanError(scanLabel));

        add(section("apply.section.organ"), 2);
        add(organ, 2);
        add(section("apply.section.applicant"), 2);
        add(kind, 2);
        add(name, idType, idNumber, orgType, creditCode, contactPerson, phone, email, address, postalCode);
        setColspan(name, 2);
        setColspan(address, 2);
        add(scanLabel, 2);
        add(upload, 2);
        add(section("apply.section.information"), 2);
        add(description, 2);
        add(docNumber, 2);
        add(formWanted, 2);
        add(delivery, 2);

        kind.addValueChangeListener(e -> switchKind(e.getValue()));
        kind.setValue(ApplicantKind.PERSON);
    }

    private H3 section(String key) {
        H3 title = new H3(getTranslation(key));
        title.addClassName("form-section");
        return title;
    }

    private TextField text(String field, String id, int max) {
        TextField f = new TextField();
        f.setId(id);
        f.setMaxLength(max);
        fields.put(field, f);
        return f;
    }

    /** A person gives an identity document; an organization its kind, credit code and a contact person. */
    private void switchKind(ApplicantKind k) {
        boolean person = k != ApplicantKind.ORGANIZATION;
        name.setLabel(getTranslation(person ? "inforequest.field.personName" : "inforequest.field.orgName"));
        idType.setVisible(person);
        idNumber.setVisible(person);
        orgType.setVisible(!person);
        creditCode.setVisible(!person);
        contactPerson.setVisible(!person);
    }

    /** The application as typed; the fields of the other applicant kind are left out. */
    RequestForm read() {
        fields.values().forEach(f -> f.setInvalid(false));
        boolean person = kind.getValue() != ApplicantKind.ORGANIZATION;
        return new RequestForm(organ.getValue() == null ? null : organ.getValue().key(), kind.getValue(),
                name.getValue(), person ? idType.getValue() : null, person ? idNumber.getValue() : null,
                person ? null : orgType.getValue(), person ? null : creditCode.getValue(),
                person ? null : contactPerson.getValue(), phone.getValue(), email.getValue(), address.getValue(),
                postalCode.getValue(), description.getValue(), docNumber.getValue(), formWanted.getValue(),
                delivery.getValue(), List.copyOf(scan));
    }

    /** Shows a refusal of the service on its field, or as a notice. */
    void show(DomainException e) {
        Notices.refused(this, e, fields);
    }

    /** The ID scan's label turned into an error line when the scan is refused. */
    private static final class ScanError implements HasValidation {

        private final Span label;
        private final String text;
        private boolean invalid;

        ScanError(Span label) {
            this.label = label;
            this.text = label.getText();
        }

        @Override
        public void setErrorMessage(String message) {
            label.setText(message);
        }

        @Override
        public String getErrorMessage() {
            return label.getText();
        }

        @Override
        public void setInvalid(boolean invalid) {
            this.invalid = invalid;
            if (invalid) {
                label.addClassName("field-error");
            } else {
                label.removeClassName("field-error");
                label.setText(text);
            }
        }

        @Override
        public boolean isInvalid() {
            return invalid;
        }
    }
}
