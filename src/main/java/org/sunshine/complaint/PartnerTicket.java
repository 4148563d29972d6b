package org.sunshine.complaint;

import org.sunshine.base.DomainException;

/**
 * A partner's own ticket id sent with a request through the API (the 12345 hotline's work-order number), with the
 * partner's name and the key it came with. The same partner and ticket id again is a repeat of the first request.
 */
public record PartnerTicket(String client, String ticketId, String apiKey) {

    /** Printable ASCII without spaces, as ticket numbers are: "12345-20261206-0001". */
    public static final String PATTERN = "[\\x21-\\x7E]{1,64}";

    public PartnerTicket {
        if (ticketId == null || !ticketId.matches(PATTERN)) {
            throw DomainException.on("partner_ticket_id", "complaint.error.partnerTicket");
        }
    }

    /** Never the key. */
    @Override
    public String toString() {
        return client + " #" + ticketId;
    }
}
