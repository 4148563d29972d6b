package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.sunshine.base.DomainException;
import org.sunshine.base.ui.Notices;
import org.sunshine.inforequest.ApplicantKind;
import org.sunshine.inforequest.Delivery;
import org.sunshine.inforequest.FormWanted;
import org.sunshine.inforequest.IdType;
import org.sunshine.inforequest.OrgType;
import org.sunshine.inforequest.RequestForm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The application form as staff fill it in for an applicant who came in person, wrote, faxed or asked orally: the
 * fields of Art. 29 (a person with an identity document, or an organization with its credit code and contact person),
 * the information sought, and the form and way wanted. The service checks it all; a refusal is shown on its field.
 */
class RequestEntryForm extends FormLayout {

    /** Declared first: the fields below register themselves in it as they are made. */
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final RadioButtonGroup<ApplicantKind> kind = new RadioButtonGroup<>();
    private final TextField name = text("name", "inforequest.field.personName", 100);
    private final Select<IdType> idType = new Select<>();
    private final TextField idNumber = text("idNumber", "inforequest.field.idNumber", 30);
    private final Select<OrgType> orgType = new Select<>();
    private final TextField creditCode = text("creditCode", "inforequest.field.creditCode", 18);
    private final TextField contactPerson = text("contactPerson", "inforequest.field.contactPerson", 50);
    private final TextField phone = text("phone", "inforequest.field.phone", 20);
    private final TextField email = text("email", "inforequest.field.email", 100);
    private final TextField address = text("address", "inforequest.field.address", 200);
    private final TextField postalCode = text("postalCode", "inforequest.field.postalCode", 6);
    private final TextArea description = new TextArea(getTranslation("inforequest.field.description"));
    private final TextField docNumber = text("docNumber", "inforequest.field.docNumber", 100);
    private final Select<FormWanted> formWanted = new Select<>();
    private final Select<Delivery> delivery = new Select<>();

    RequestEntryForm() {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
        kind.setLabel(getTranslation("inforequest.field.applicantKind"));
        kind.setItems(ApplicantKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("inforequest.applicant." + k.name()));
        kind.setValue(ApplicantKind.PERSON);
        kind.setId("entry-applicant-kind");
        kind.addValueChangeListener(e -> showKind());
        select(idType, "idType", "inforequest.field.idType", "inforequest.idType.", IdType.values());
        idType.setValue(IdType.RESIDENT_ID);
        select(orgType, "orgType", "inforequest.field.orgType", "inforequest.orgType.", OrgType.values());
        select(formWanted, "formWanted", "inforequest.field.formWanted", "inforequest.form.", FormWanted.values());
        select(delivery, "delivery", "inforequest.field.delivery", "inforequest.delivery.", Delivery.values());
        // the usual choice of one who came to the organ: paper, collected in person
        formWanted.setValue(FormWanted.PAPER);
        delivery.setValue(Delivery.PICKUP);
        description.setId("entry-description");
        description.setMaxLength(2000);
        description.setMinHeight("8em");
        fields.put("description", description);
        fields.put("applicantKind", kind);
        add(kind, 2);
        add(name, idType, idNumber, orgType, creditCode, contactPerson, phone, email, address, postalCode);
        add(description, 2);
        add(docNumber, formWanted, delivery);
        showKind();
    }

    private TextField text(String field, String labelKey, int max) {
        TextField text = new TextField(getTranslation(labelKey));
        text.setMaxLength(max);
        text.setId("entry-" + field);
        fields.put(field, text);
        return text;
    }

    @SafeVarargs
    private <T extends Enum<T>> void select(Select<T> select, String field, String labelKey, String prefix, T... items) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setItemLabelGenerator(v -> v == null ? "" : getTranslation(prefix + v.name()));
        select.setId("entry-" + field);
        fields.put(field, select);
    }

    private void showKind() {
        boolean person = kind.getValue() != ApplicantKind.ORGANIZATION;
        name.setLabel(getTranslation(person ? "inforequest.field.personName" : "inforequest.field.orgName"));
        idType.setVisible(person);
        idNumber.setVisible(person);
        orgType.setVisible(!person);
        creditCode.setVisible(!person);
        contactPerson.setVisible(!person);
    }

    /** The form for the organ (its key, {@link org.sunshine.inforequest.Organs.Organ#key()}). */
    RequestForm read(String organ) {
        boolean person = kind.getValue() != ApplicantKind.ORGANIZATION;
        return new RequestForm(organ, kind.getValue(), name.getValue(), person ? idType.getValue() : null,
                person ? idNumber.getValue() : null, person ? null : orgType.getValue(),
                person ? null : creditCode.getValue(), person ? null : contactPerson.getValue(), phone.getValue(),
                email.getValue(), address.getValue(), postalCode.getValue(), description.getValue(),
                docNumber.getValue(), formWanted.getValue(), delivery.getValue(), List.of());
    }

    /** Shows a refusal on the field it names, or as a notice. */
    void show(DomainException e, Map<String, HasValidation> more) {
        Map<String, HasValidation> all = new HashMap<>(fields);
        all.putAll(more);
        Notices.refused(this, e, all);
    }
}
