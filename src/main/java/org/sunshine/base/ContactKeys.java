package org.sunshine.base;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A phone number or an e-mail address as people type it, compared as the same contact however it was written: a
 * phone by its digits (spaces, dashes and a leading +86 or 0086 do not count), an address whatever its case. The
 * phones stored with complaints and applications are compared by {@link #digitsSql} of their column, which takes out
 * the same characters as {@link #phoneKeys}.
 */
public final class ContactKeys {

    /** What the public forms take as a phone number. */
    public static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");
    /** An e-mail address: something, one @, a domain with a dot; no spaces. */
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    public static final int MAX_EMAIL = 100;

    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    private ContactKeys() {
    }

    /** A contact typed in one field: an e-mail address if it has an @, a phone number otherwise. */
    public static boolean isEmail(String typed) {
        return typed != null && typed.indexOf('@') >= 0;
    }

    /** Whether the text is a phone number or an e-mail address of the accepted forms. */
    public static boolean valid(String typed) {
        if (typed == null) {
            return false;
        }
        String text = typed.strip();
        if (isEmail(text)) {
            return text.length() <= MAX_EMAIL && EMAIL.matcher(text).matches();
        }
        return PHONE.matcher(text).matches() && national(text).length() >= 5;
    }

    /** The one spelling of a contact: a phone's national digits, an address in lower case. */
    public static String canonical(String typed) {
        String text = typed == null ? "" : typed.strip();
        return isEmail(text) ? text.toLowerCase(Locale.ROOT) : national(text);
    }

    /**
     * The digit strings a stored phone of this contact may reduce to: the national number, and for a Chinese mobile
     * also with the country code (86…, 0086…).
     */
    public static List<String> phoneKeys(String typed) {
        String national = national(typed);
        if (MOBILE.matcher(national).matches()) {
            return List.of(national, "86" + national, "0086" + national);
        }
        return List.of(national);
    }

    /** SQL that reduces a phone column to its digits, as {@link #phoneKeys} does (the forms allow only + - and space besides). */
    public static String digitsSql(String column) {
        return "REPLACE(REPLACE(REPLACE(" + column + ", ' ', ''), '-', ''), '+', '')";
    }

    private static String national(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[^0-9]", "");
        if (digits.startsWith("0086") && MOBILE.matcher(digits.substring(4)).matches()) {
            return digits.substring(4);
        }
        if (digits.startsWith("86") && MOBILE.matcher(digits.substring(2)).matches()) {
            return digits.substring(2);
        }
        return digits;
    }
}
