package org.sunshine.inforequest.api;

import jakarta.inject.Singleton;
import org.sunshine.base.i18n.Messages;
import org.sunshine.inforequest.PartnerRequests;
import org.sunshine.inforequest.RequestReceipt;
import org.sunshine.inforequest.RequestState;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The service's answers as the API's JSON, labelled in the reader's language, times in Beijing time (ISO 8601). */
@Singleton
class StatusMapper {

    private final Messages messages;
    private final Clock clock;

    StatusMapper(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    StatusJson.Filed filed(RequestReceipt receipt, String ticketId, RequestState state, Locale locale) {
        return new StatusJson.Filed(receipt.requestNo(), receipt.queryCode(), ticketId, receipt.organ(), state.name(),
                label("inforequest.state." + state.name(), locale), iso(receipt.arrivedAt()), receipt.registerDue());
    }

    StatusJson.Status status(PartnerRequests.Status s, Locale locale) {
        StatusJson.Result result = s.result() == null ? null : new StatusJson.Result(s.result().name(),
                label("inforequest.result." + s.result().name(), locale), s.result().row(),
                label("inforequest.row." + s.result().row(), locale));
        return new StatusJson.Status(s.requestNo(), s.ticketId(), s.organ(), s.state().name(),
                label("inforequest.state." + s.state().name(), locale), iso(s.arrivedAt()), s.registerDue(),
                s.receivedOn(), s.replyDue(), s.correctionDue(), s.extensionDays(), s.pausedDays(),
                s.pauses().stream().map(p -> new StatusJson.Pause(p.kind().name(),
                        label("inforequest.consultation." + p.kind().name(), locale), p.from(), p.to(), p.answered())).toList(),
                result, s.repliedOn(), s.repliedInTime(),
                s.documents().stream().map(d -> new StatusJson.Document(d.id(), d.docNumber(), d.kind().name(),
                        label("inforequest.document." + d.kind().name(), locale), iso(d.issuedAt()), d.sha256(),
                        d.sizeBytes(), DisclosureApiController.BASE + "/applications/" + s.requestNo() + "/documents/"
                        + d.id())).toList());
    }

    private String label(String key, Locale locale) {
        return messages.getTranslation(key, locale);
    }

    private String iso(Instant instant) {
        return instant.atZone(clock.getZone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
