package org.sunshine.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.Optional;

/**
 * Who asked to be told no more (V29 {@code notification_opt_out}), and the signed tokens of the e-mails' opt-out
 * links: {@code <address, base64url>.<HMAC-SHA256 of it, base64url>}, which only this platform can make, so that
 * nobody stops another person's e-mails by guessing a link.
 */
@Singleton
public class OptOuts {

    /** How an address was stopped. */
    public enum Source {
        LINK,
        SMS_REPLY
    }

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final JdbcOperations jdbc;
    private final OptOutKey key;
    private final BusinessClock clock;

    OptOuts(JdbcOperations jdbc, OptOutKey key, BusinessClock clock) {
        this.jdbc = jdbc;
        this.key = key;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean stopped(Channel channel, String address) {
        return jdbc.prepareStatement("SELECT 1 FROM notification_opt_out WHERE channel = ? AND address = ?", s -> {
            s.setString(1, channel.name());
            s.setString(2, address);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        });
    }

    /** Stops messages to a (normalised) address; stopping it again changes nothing. */
    @Transactional
    public void stop(Channel channel, String address, Source source) {
        jdbc.prepareStatement("INSERT INTO notification_opt_out (channel, address, source, opted_out_at) "
                + "VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id", s -> {
            s.setString(1, channel.name());
            s.setString(2, address);
            s.setString(3, source.name());
            s.setTimestamp(4, Timestamp.from(clock.now()));
            return s.executeUpdate();
        });
    }

    /**
     * Stops e-mails to the address a link's token was made for (the page's confirmation click); returns the address
     * masked, or empty for a token this platform did not sign.
     */
    @Transactional
    public Optional<String> stopByLink(String token) {
        Optional<String> address = emailOf(token);
        address.ifPresent(a -> stop(Channel.EMAIL, a, Source.LINK));
        return address.map(a -> Addresses.masked(Channel.EMAIL, a));
    }

    /** The masked address of a link's token, to ask "stop messages to z***@example.com?". */
    public Optional<String> maskedOf(String token) {
        return emailOf(token).map(a -> Addresses.masked(Channel.EMAIL, a));
    }

    /**
     * A reply to an SMS, as the gateway reports it: T, TD, N, 退订 or 取消 (any case, spaces ignored) stops SMS to the
     * number; returns whether it did.
     */
    @Transactional
    public boolean smsReply(String phone, String text) {
        Optional<String> number = Addresses.mobile(phone);
        String said = text == null ? "" : text.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        if (number.isEmpty() || !STOP_WORDS.contains(said)) {
            return false;
        }
        stop(Channel.SMS, number.get(), Source.SMS_REPLY);
        return true;
    }

    /** What a reply says to stop SMS (回T退订, and the words people type instead). */
    static final java.util.Set<String> STOP_WORDS = java.util.Set.of("T", "TD", "N", "\u9000\u8ba2", "\u53d6\u6d88");

    /** The token of an e-mail address's opt-out link. */
    String token(String email) {
        byte[] address = email.getBytes(StandardCharsets.UTF_8);
        return URL.encodeToString(address) + "." + URL.encodeToString(sign(address));
    }

    /** The e-mail address a token was made for, or empty for a token this platform did not sign. */
    public Optional<String> emailOf(String token) {
        if (token == null || token.length() > 600) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            byte[] address = Base64.getUrlDecoder().decode(token.substring(0, dot));
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            return MessageDigest.isEqual(sign(address), signature)
                    ? Addresses.email(new String(address, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.get(), "HmacSHA256"));
            mac.update("opt-out:EMAIL:".getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(address);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
