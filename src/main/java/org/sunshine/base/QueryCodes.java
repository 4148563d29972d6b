package org.sunshine.base;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret query code (查询码) the public gets with a complaint or an application: eight characters without
 * look-alikes, shown once; only a salted SHA-256 of it is stored and compared in constant time.
 */
public final class QueryCodes {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private QueryCodes() {
    }

    public static String newCode() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The query code of a partner's ticket: derived from the partner's key, its name and its ticket id, so that a
     * repeat of the ticket (after an answer that was lost) gets the same code back although only its hash is stored.
     * Whoever holds the key can already repeat a ticket and read its answer, so the code is no weaker than the key.
     */
    public static String partnerCode(String apiKey, String client, String ticketId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(apiKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((client + "\n" + ticketId).getBytes(StandardCharsets.UTF_8));
            StringBuilder code = new StringBuilder(8);
            for (int i = 0; i < 8; i++) {
                code.append(ALPHABET.charAt(digest[i] & 0x1f)); // 32 letters: 5 bits of each byte
            }
            return code.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    public static String salt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    public static String hash(String queryCode, String salt) {
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
    public static boolean matches(String queryCode, String salt, String expectedHash) {
        return MessageDigest.isEqual(hash(queryCode, salt).getBytes(StandardCharsets.US_ASCII),
                expectedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** Codes are typed by people: ignore case and spaces. */
    public static String normalize(String code) {
        return code == null ? "" : code.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }
}
