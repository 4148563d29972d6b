package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.base.DomainException;
import org.sunshine.security.SignedInUser;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Where an application came from: online (the public), a partner platform (its name, its own ticket id and the key it
 * came with: the same ticket again is a repeat), or staff of the organ recording one received in person, by post (the
 * day they signed for it), by fax or orally; and the language the applicant filed in, when known (the public form's).
 */
public record RequestOrigin(RequestChannel channel, String clientIp, @Nullable SignedInUser enteredBy,
                            @Nullable LocalDate signedForOn, @Nullable Partner partner, @Nullable Locale language) {

    public static RequestOrigin online(String clientIp) {
        return online(clientIp, null);
    }

    /** Online, on the public form shown in {@code language} (the applicant's notices are written in it). */
    public static RequestOrigin online(String clientIp, @Nullable Locale language) {
        return new RequestOrigin(RequestChannel.ONLINE, clientIp, null, null, null, language);
    }

    public static RequestOrigin staff(RequestChannel channel, SignedInUser handler, @Nullable LocalDate signedForOn) {
        return new RequestOrigin(channel, "", handler, signedForOn, null, null);
    }

    public static RequestOrigin partner(Partner partner, String clientIp) {
        return new RequestOrigin(RequestChannel.PARTNER, clientIp, null, null, partner, null);
    }

    /** A partner platform's ticket: printable ASCII without spaces, at most 64. Never prints the key. */
    public record Partner(String client, String ticketId, String apiKey) {

        public static final String PATTERN = "[\\x21-\\x7E]{1,64}";

        public Partner {
            if (ticketId == null || !ticketId.matches(PATTERN)) {
                throw DomainException.on("partner_ticket_id", "inforequest.error.partnerTicket");
            }
        }

        @Override
        public String toString() {
            return client + " #" + ticketId;
        }
    }
}
