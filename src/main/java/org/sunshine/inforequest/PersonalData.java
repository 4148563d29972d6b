package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.complaint.Masking;

/**
 * An applicant's personal data as staff lists and exports show it (the issue: masked everywhere but to the organ
 * handling the application, on request and audited): a person's name 张**, an identity number 2101**********1234,
 * a phone 138****5678, an e-mail z***@example.com, an address cut after its first four characters.
 */
public final class PersonalData {

    private PersonalData() {
    }

    /** A person's name masked; an organization's name is no personal data. */
    static String name(InfoRequest r) {
        return r.getApplicantKind() == ApplicantKind.PERSON ? Masking.name(r.getApplicantName()) : r.getApplicantName();
    }

    public static String idNumber(@Nullable String number) {
        if (number == null || number.isBlank()) {
            return "";
        }
        String n = number.strip();
        if (n.length() <= 8) {
            return "*".repeat(n.length());
        }
        return n.substring(0, 4) + "*".repeat(n.length() - 8) + n.substring(n.length() - 4);
    }

    public static String email(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    public static String address(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        String a = address.strip();
        int keep = Math.min(4, a.codePointCount(0, a.length()));
        return a.substring(0, a.offsetByCodePoints(0, keep)) + "****";
    }

    /** The phone, e-mail and address masked, joined with " / ". */
    static String contact(InfoRequest r) {
        return join(Masking.phone(r.getPhone()), email(r.getEmail()), address(r.getAddress()));
    }

    static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                out.append(out.isEmpty() ? "" : " / ").append(part);
            }
        }
        return out.toString();
    }
}
