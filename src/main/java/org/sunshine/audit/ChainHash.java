package org.sunshine.audit;

import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash that chains the audit log: SHA-256 over the previous entry's hash and this entry's canonical content, in
 * lower-case hex. The one definition, used when an entry is written, by the migration that chained the entries
 * written before (V14) and by the verifier. The time is hashed as the database holds it (the wall-clock
 * {@code DATETIME}), so that the check does not depend on the time zone of whoever runs it.
 */
public final class ChainHash {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "sunshine-audit-v1";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ChainHash() {
    }

    /** What is hashed of an entry: every column of {@code audit_log} but the id and the hashes themselves. */
    public record Content(long seq, LocalDateTime occurredAt, @Nullable Long actorId, String actorName, String action,
                          String targetType, String targetId, String detail, String clientIp) {
    }

    public static String of(String previousHash, Content c) {
        StringBuilder text = new StringBuilder(VERSION).append('\n');
        field(text, previousHash);
        field(text, Long.toString(c.seq()));
        field(text, c.occurredAt().format(TIME));
        field(text, c.actorId() == null ? "" : c.actorId().toString());
        field(text, c.actorName());
        field(text, c.action());
        field(text, c.targetType());
        field(text, c.targetId());
        field(text, c.detail());
        field(text, c.clientIp());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Each field with its length in front, so that no two different entries read the same. */
    private static void field(StringBuilder text, String value) {
        text.append(value.length()).append(':').append(value).append('\n');
    }
}
