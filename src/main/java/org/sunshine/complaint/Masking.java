package org.sunshine.complaint;

import io.micronaut.core.annotation.Nullable;

/** A complainant's identity as a department sees it without consent: 张**, 138****5678, z***@163.com. */
public final class Masking {

    private Masking() {
    }

    public static String name(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String trimmed = name.strip();
        // always two stars, so that the mask does not tell the length of the name
        return trimmed.substring(0, trimmed.offsetByCodePoints(0, 1)) + "**";
    }

    public static String phone(@Nullable String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String digits = phone.strip();
        if (digits.length() < 7) {
            return "****";
        }
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }

    /** The first character and the domain: z***@163.com (the stars do not tell the length). */
    public static String email(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        String address = email.strip();
        int at = address.indexOf('@');
        return at < 1 ? "****" : address.substring(0, address.offsetByCodePoints(0, 1)) + "***" + address.substring(at);
    }
}
