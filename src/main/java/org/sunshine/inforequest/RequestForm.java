package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.base.files.Attachments;

import java.util.List;

/**
 * An application as filed (Art. 29): to which organ, by whom (a person with an identity document, or an organization
 * with its unified social credit code and a contact person), how to reach them, the one item of information sought
 * and the form and way wanted. No 用途: the Regulations ask for none since 2019.
 *
 * @param organ     {@link Organs.Organ#key()}: a department's id, or {@code gov} for the city government
 * @param idScan    an optional scan of the identity document (PDF, JPG or PNG)
 */
public record RequestForm(@Nullable String organ, @Nullable ApplicantKind applicantKind, @Nullable String name,
                          @Nullable IdType idType, @Nullable String idNumber, @Nullable OrgType orgType,
                          @Nullable String creditCode, @Nullable String contactPerson, @Nullable String phone,
                          @Nullable String email, @Nullable String address, @Nullable String postalCode,
                          @Nullable String description, @Nullable String docNumber, @Nullable FormWanted formWanted,
                          @Nullable Delivery delivery, List<Attachments.Upload> idScan) {

    public RequestForm {
        idScan = idScan == null ? List.of() : List.copyOf(idScan);
    }
}
