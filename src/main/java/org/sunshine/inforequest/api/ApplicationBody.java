package org.sunshine.inforequest.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An application as a partner platform sends it. Every field is read as text and checked by the intake's rules, so
 * that a wrong value is refused on its field with a message rather than as unreadable JSON.
 */
@Serdeable
@Schema(name = "DisclosureApplication", description = "An application for government information (Art. 29)")
public record ApplicationBody(
        @JsonProperty("api_key") @Nullable @Schema(description = "the partner's key (or the api_key query parameter)") String apiKey,
        @JsonProperty("partner_ticket_id") @Nullable
        @Schema(description = "the partner's own id: 1-64 printable ASCII characters without spaces; sent again, the first application is returned", requiredMode = Schema.RequiredMode.REQUIRED) String partnerTicketId,
        @Nullable @Schema(description = "gov for the city government, else a department's code", requiredMode = Schema.RequiredMode.REQUIRED) String organ,
        @JsonProperty("applicant_kind") @Nullable @Schema(description = "PERSON or ORGANIZATION", requiredMode = Schema.RequiredMode.REQUIRED) String applicantKind,
        @Nullable @Schema(description = "the person's or the organization's name", requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @JsonProperty("id_type") @Nullable @Schema(description = "a person's identity document: RESIDENT_ID, PASSPORT, HK_MACAO_PERMIT, TAIWAN_PERMIT, FOREIGNER_PERMANENT, OTHER") String idType,
        @JsonProperty("id_number") @Nullable String idNumber,
        @JsonProperty("org_type") @Nullable @Schema(description = "an organization's kind: BUSINESS, RESEARCH, PUBLIC_WELFARE, LEGAL_SERVICE, OTHER") String orgType,
        @JsonProperty("credit_code") @Nullable @Schema(description = "an organization's unified social credit code") String creditCode,
        @JsonProperty("contact_person") @Nullable String contactPerson,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String address,
        @JsonProperty("postal_code") @Nullable String postalCode,
        @Nullable @Schema(description = "the information sought: its name, number or another feature that makes it findable", requiredMode = Schema.RequiredMode.REQUIRED) String description,
        @JsonProperty("doc_number") @Nullable String docNumber,
        @JsonProperty("form_wanted") @Nullable @Schema(description = "PAPER, EMAIL, DISC or OTHER", requiredMode = Schema.RequiredMode.REQUIRED) String formWanted,
        @Nullable @Schema(description = "POST, EMAIL, PICKUP or ON_SITE", requiredMode = Schema.RequiredMode.REQUIRED) String delivery) {

    /** Never the key. */
    @Override
    public String toString() {
        return "ApplicationBody[" + partnerTicketId + "]";
    }
}
