package org.sunshine.base;

/**
 * An e-mail address a person leaves to be reached (a complainant, an applicant): something@domain.tld, at most 100
 * characters, no spaces. Deliberately loose: whether it really reaches someone only the mail server can tell.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 100;
    public static final String PATTERN = "[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s.]{2,}";

    private EmailAddress() {
    }

    public static boolean isValid(String text) {
        return text != null && text.length() <= MAX_LENGTH && text.matches(PATTERN);
    }
}
