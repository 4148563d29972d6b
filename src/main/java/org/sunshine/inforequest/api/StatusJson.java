package org.sunshine.inforequest.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The JSON the API answers with: snake_case, enums by name with a label in the reader's language. */
final class StatusJson {

    private StatusJson() {
    }

    @Serdeable
    @Schema(name = "DisclosureFiled", description = "The application filed (201), or the one filed first for the same partner_ticket_id (200)")
    record Filed(String number, @JsonProperty("query_code") @Schema(description = "the applicant's secret for the public tracking page") String queryCode,
                 @JsonProperty("partner_ticket_id") String partnerTicketId, String organ, String state,
                 @JsonProperty("state_label") String stateLabel, @JsonProperty("arrived_at") String arrivedAt,
                 @JsonProperty("register_due") @Nullable @Schema(description = "the day by which the organ confirms it (the receipt date)") LocalDate registerDue) {
    }

    @Serdeable
    record Pause(String kind, @JsonProperty("kind_label") String kindLabel, LocalDate from,
                 @Schema(description = "the last day of the pause: the answer's day or the answer deadline") LocalDate to,
                 boolean answered) {
    }

    @Serdeable
    record Result(String code, String label, @Schema(description = "the row of table 3 of the annual report (III): 1, 2, 3.1 ... 6.3") String row,
                  @JsonProperty("row_label") String rowLabel) {
    }

    @Serdeable
    record Document(long id, String number, String kind, @JsonProperty("kind_label") String kindLabel,
                    @JsonProperty("issued_at") String issuedAt, String sha256, @JsonProperty("size_bytes") int sizeBytes,
                    @Schema(description = "the path of the PDF (send api_key with it)") String download) {
    }

    @Serdeable
    @Schema(name = "DisclosureStatus", description = "Where an application stands: no personal data")
    record Status(String number, @JsonProperty("partner_ticket_id") String partnerTicketId, String organ,
                  String state, @JsonProperty("state_label") String stateLabel,
                  @JsonProperty("arrived_at") String arrivedAt,
                  @JsonProperty("register_due") @Nullable LocalDate registerDue,
                  @JsonProperty("received_on") @Nullable @Schema(description = "the receipt date (Art. 31)") LocalDate receivedOn,
                  @JsonProperty("reply_due") @Nullable @Schema(description = "the reply deadline, with the extension and the pauses") LocalDate replyDue,
                  @JsonProperty("correction_due") @Nullable LocalDate correctionDue,
                  @JsonProperty("extension_days") int extensionDays, @JsonProperty("paused_days") int pausedDays,
                  List<Pause> pauses, @Nullable Result result, @JsonProperty("replied_on") @Nullable LocalDate repliedOn,
                  @JsonProperty("replied_in_time") @Nullable Boolean repliedInTime, List<Document> documents) {
    }
}
