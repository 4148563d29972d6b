package org.sunshine.complaint;

import org.sunshine.base.QueryCodes;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The two codes a complainant gets: a tracking code (受理编号, the date and six digits, easy to read out on the
 * phone) and a separate secret query code ({@link QueryCodes}). Only a salted hash of the query code is stored; it is
 * shown once.
 */
final class TrackingCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    static String trackingCode(LocalDate day) {
        return day.format(DAY) + "-" + String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
    }

    static String queryCode() {
        return QueryCodes.newCode();
    }

    /** The query code of a partner's ticket ({@link QueryCodes#partnerCode}). */
    static String partnerQueryCode(PartnerTicket ticket) {
        return QueryCodes.partnerCode(ticket.apiKey(), ticket.client(), ticket.ticketId());
    }

    static String salt() {
        return QueryCodes.salt();
    }

    static String hash(String queryCode, String salt) {
        return QueryCodes.hash(queryCode, salt);
    }

    static boolean matches(String queryCode, String salt, String expectedHash) {
        return QueryCodes.matches(queryCode, salt, expectedHash);
    }

    static String normalize(String code) {
        return QueryCodes.normalize(code);
    }
}
