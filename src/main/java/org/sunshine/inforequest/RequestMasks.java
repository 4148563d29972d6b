package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;

/**
 * An applicant's personal data as shown outside the organ handling the application: 张**, 210***********1234,
 * 138****5678, z***@example.cn, 辽宁省盘锦市****. The masks have a fixed length, so they do not tell the data's.
 */
public final class RequestMasks {

    private RequestMasks() {
    }

    @Nullable
    public static String name(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.strip();
        return trimmed.substring(0, trimmed.offsetByCodePoints(0, 1)) + "**";
    }

    @Nullable
    public static String idNumber(@Nullable String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String n = number.strip();
        return n.length() < 10 ? "********" : n.substring(0, 3) + "***********" + n.substring(n.length() - 4);
    }

    @Nullable
    public static String phone(@Nullable String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = phone.strip();
        return digits.length() < 7 ? "****" : digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }

    @Nullable
    public static String email(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        int at = email.indexOf('@');
        return at < 1 ? "****" : email.substring(0, 1) + "***" + email.substring(at);
    }

    @Nullable
    public static String address(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String a = address.strip();
        int keep = Math.min(6, a.codePointCount(0, a.length()) / 2);
        return a.substring(0, a.offsetByCodePoints(0, keep)) + "****";
    }
}
