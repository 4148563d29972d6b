package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.base.DomainException;
import org.sunshine.base.EmailAddress;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.text.TextRules;

import java.util.List;

/**
 * The rules of an application's fields (Art. 29), each refusal on its field in the reader's language: who applies (a
 * person: name, identity document and its number, checked; an organization: name, kind, credit code, checked, and a
 * contact person), at least one way to reach them and the one the chosen way of obtaining needs (an address for
 * post, an e-mail address for e-mail), the information sought, the form and the way wanted; an ID scan is one PDF,
 * JPG or PNG.
 */
final class RequestChecks {

    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 2000;
    static final String PHONE_PATTERN = "[0-9+\\- ]{5,20}";
    static final String EMAIL_PATTERN = EmailAddress.PATTERN;

    private RequestChecks() {
    }

    /** The applicant's fields, checked and cleaned, to be set on a new application or a correction. */
    record Checked(ApplicantKind kind, String name, @Nullable IdType idType, @Nullable String idNumber,
                   @Nullable OrgType orgType, @Nullable String creditCode, @Nullable String contactPerson,
                   @Nullable String phone, @Nullable String email, @Nullable String address,
                   @Nullable String postalCode, String description, @Nullable String docNumber, FormWanted formWanted,
                   Delivery delivery) {

        InfoRequest applyTo(InfoRequest r) {
            r.setApplicantKind(kind);
            r.setApplicantName(name);
            r.setIdType(idType);
            r.setIdNumber(idNumber);
            r.setOrgType(orgType);
            r.setCreditCode(creditCode);
            r.setContactPerson(contactPerson);
            r.setPhone(phone);
            r.setEmail(email);
            r.setAddress(address);
            r.setPostalCode(postalCode);
            r.setDescription(description);
            r.setDocNumber(docNumber);
            r.setFormWanted(formWanted);
            r.setDelivery(delivery);
            return r;
        }
    }

    static Checked check(RequestForm f) {
        if (f.applicantKind() == null) {
            throw DomainException.on("applicantKind", "inforequest.error.applicantKind");
        }
        boolean person = f.applicantKind() == ApplicantKind.PERSON;
        String name = TextRules.line("name", person ? "inforequest.field.personName" : "inforequest.field.orgName",
                f.name(), person ? 60 : MAX_NAME);
        if (name.isEmpty()) {
            throw DomainException.on("name", person ? "inforequest.error.personName" : "inforequest.error.orgName");
        }
        IdType idType = null;
        String idNumber = null;
        OrgType orgType = null;
        String creditCode = null;
        String contactPerson = null;
        if (person) {
            if (f.idType() == null) {
                throw DomainException.on("idType", "inforequest.error.idType");
            }
            idType = f.idType();
            idNumber = IdentityNumbers.normalize(TextRules.line("idNumber", "inforequest.field.idNumber", f.idNumber(), 40));
            boolean valid = idType == IdType.RESIDENT_ID ? IdentityNumbers.residentId(idNumber)
                    : IdentityNumbers.otherDocument(idNumber);
            if (!valid) {
                throw DomainException.on("idNumber", idType == IdType.RESIDENT_ID ? "inforequest.error.residentId"
                        : "inforequest.error.idNumber");
            }
        } else {
            if (f.orgType() == null) {
                throw DomainException.on("orgType", "inforequest.error.orgType");
            }
            orgType = f.orgType();
            creditCode = IdentityNumbers.normalize(TextRules.line("creditCode", "inforequest.field.creditCode",
                    f.creditCode(), 40));
            if (!IdentityNumbers.creditCode(creditCode)) {
                throw DomainException.on("creditCode", "inforequest.error.creditCode");
            }
            contactPerson = TextRules.line("contactPerson", "inforequest.field.contactPerson", f.contactPerson(), 60);
            if (contactPerson.isEmpty()) {
                throw DomainException.on("contactPerson", "inforequest.error.contactPerson");
            }
        }
        String phone = TextRules.line("phone", "inforequest.field.phone", f.phone(), 30);
        if (!phone.isEmpty() && !phone.matches(PHONE_PATTERN)) {
            throw DomainException.on("phone", "inforequest.error.phone");
        }
        String email = TextRules.line("email", "inforequest.field.email", f.email(), 100);
        if (!email.isEmpty() && !email.matches(EMAIL_PATTERN)) {
            throw DomainException.on("email", "inforequest.error.email");
        }
        String address = TextRules.line("address", "inforequest.field.address", f.address(), 200);
        String postalCode = TextRules.line("postalCode", "inforequest.field.postalCode", f.postalCode(), 10);
        if (!postalCode.isEmpty() && !postalCode.matches("\\d{6}")) {
            throw DomainException.on("postalCode", "inforequest.error.postalCode");
        }
        if (phone.isEmpty() && email.isEmpty() && address.isEmpty()) {
            throw DomainException.on("phone", "inforequest.error.contact");
        }
        String description = TextRules.lines("description", "inforequest.field.description", f.description(),
                MAX_DESCRIPTION);
        if (description.length() < 4) {
            throw DomainException.on("description", "inforequest.error.description");
        }
        String docNumber = TextRules.line("docNumber", "inforequest.field.docNumber", f.docNumber(), 100);
        if (f.formWanted() == null) {
            throw DomainException.on("formWanted", "inforequest.error.formWanted");
        }
        if (f.delivery() == null) {
            throw DomainException.on("delivery", "inforequest.error.delivery");
        }
        if (f.delivery() == Delivery.POST && address.isEmpty()) {
            throw DomainException.on("address", "inforequest.error.addressForPost");
        }
        if ((f.delivery() == Delivery.EMAIL || f.formWanted() == FormWanted.EMAIL) && email.isEmpty()) {
            throw DomainException.on("email", "inforequest.error.emailForEmail");
        }
        return new Checked(f.applicantKind(), name, idType, idNumber, orgType, creditCode, blank(contactPerson),
                blank(phone), blank(email), blank(address), blank(postalCode), description, blank(docNumber),
                f.formWanted(), f.delivery());
    }

    /** At most one scan, a PDF, JPG or PNG (the upload checks of {@link Attachments}). */
    static List<Attachments.Checked> idScan(List<Attachments.Upload> uploads) {
        if (uploads.size() > 1) {
            throw DomainException.on("idScan", "inforequest.error.idScanOne");
        }
        List<Attachments.Checked> checked = Attachments.check(uploads);
        for (Attachments.Checked file : checked) {
            if (!file.contentType().equals(Attachments.PDF) && !file.contentType().equals(Attachments.JPEG)
                    && !file.contentType().equals(Attachments.PNG)) {
                throw DomainException.on("idScan", "inforequest.error.idScanType");
            }
        }
        return checked;
    }

    @Nullable
    private static String blank(@Nullable String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
