package org.sunshine.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two codes a complainant gets: a tracking code (受理编号, the date and six digits, easy to read out on the
 * phone) and a separate secret query code (查询码, eight characters without look-alikes). Only a salted hash of the
 * query code is stored; it is shown once.
 */
final class TrackingCodes {

    private static final String QUERY_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    static String trackingCode(LocalDate day) {
        return day.format(DAY) + "-" + String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
    }

    static String queryCode() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(QUERY_ALPHABET.charAt(RANDOM.nextInt(QUERY_ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The query code of a partner's ticket: derived from the partner's key, its name and its ticket id, so that a
     * repeat of the ticket (after an answer that was lost) gets the same code back although only its hash is stored.
     * Whoever holds the key can already repeat a ticket and read its answer, so the code is no weaker than the key.
     */
    static String partnerQueryCode(PartnerTicket ticket) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(ticket.apiKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((ticket.client() + "\n" + ticket.ticketId()).getBytes(StandardCharsets.UTF_8));
            StringBuilder code = new StringBuilder(8);
            for (int i = 0; i < 8; i++) {
                code.append(QUERY_ALPHABET.charAt(digest[i] & 0x1f)); // 32 letters: 5 bits of each byte
            }
            return code.toString();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    static String salt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    static String hash(String queryCode, String salt) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt.getBytes(StandardCharsets.US_ASCII));
            digest.update(normalize(queryCode).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares in constant time, so that the time taken tells nothing about the code. */
    static boolean matches(String queryCode, String salt, String expectedHash) {
        return MessageDigest.isEqual(hash(queryCode, salt).getBytes(StandardCharsets.US_ASCII),
                expectedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** Codes are typed by people: ignore case and spaces. */
    static String normalize(String code) {
        return code == null ? "" : code.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }
}
