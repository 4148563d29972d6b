package org.sunshine.notification;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Addresses as the outbox and the opt-outs keep them: an e-mail address in lower case, a mobile number as its digits
 * without the +86 (or 0086) of China, so that the same person is the same row however the address was typed.
 */
final class Addresses {

    /** A plain address: one @, no spaces, a dot in the domain; at most 254 characters (RFC 5321). */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    /** Mainland mobile numbers: 11 digits starting with 1. */
    private static final Pattern MOBILE = Pattern.compile("^1[3-9][0-9]{9}$");

    private Addresses() {
    }

    static Optional<String> email(@Nullable String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String address = raw.strip().toLowerCase(Locale.ROOT);
        return address.length() <= 254 && EMAIL.matcher(address).matches() ? Optional.of(address) : Optional.empty();
    }

    static Optional<String> mobile(@Nullable String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.strip().replaceAll("[\\s()-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    static Optional<String> normalise(Channel channel, @Nullable String raw) {
        return channel == Channel.EMAIL ? email(raw) : mobile(raw);
    }

    /** An address as a list shows it: {@code 138****5678}, {@code z***@example.com}. */
    static String masked(Channel channel, String address) {
        if (channel == Channel.SMS) {
            return address.length() >= 7
                    ? address.substring(0, 3) + "****" + address.substring(address.length() - 4) : "****";
        }
        int at = address.indexOf('@');
        return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }
}
