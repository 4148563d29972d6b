package org.sunshine.inforequest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The check digits of the two numbers an applicant gives: the 18-digit resident identity number (GB 11643-1999:
 * region, birth date, sequence, ISO 7064 MOD 11-2 check character) and the unified social credit code (GB
 * 32100-2015: 18 characters of 0–9 and the letters without I, O, Z, S, V, with a MOD 31 check character). A typo is
 * caught at filing rather than at the organ.
 */
public final class IdentityNumbers {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private IdentityNumbers() {
    }

    static String normalize(String number) {
        return number.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** Whether an 18-character resident identity number has a real birth date and its check character. */
    public static boolean residentId(String number) {
        if (!number.matches("\\d{17}[\\dX]")) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
            if (birth.getYear() < 1900) {
                return false;
            }
        } catch (DateTimeException e) {
            return false;
        }
        return withResidentCheck(number.substring(0, 17)).equals(number);
    }

    /** Whether an 18-character unified social credit code has its check character. */
    public static boolean creditCode(String code) {
        return code.length() == 18 && code.substring(0, 17).chars().allMatch(c -> CREDIT_CHARS.indexOf(c) >= 0)
                && withCreditCheck(code.substring(0, 17)).equals(code);
    }

    /** The 17 digits of a resident identity number followed by their check character (ISO 7064 MOD 11-2). */
    public static String withResidentCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return first17 + ID_CHECK.charAt(sum % 11);
    }

    /** The 17 characters of a unified social credit code followed by their check character (MOD 31). */
    public static String withCreditCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARS.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return first17 + CREDIT_CHARS.charAt((31 - sum % 31) % 31);
    }

    /** Another identity document's number: letters, digits and hyphens, 5 to 30 of them. */
    static boolean otherDocument(String number) {
        return number.matches("[A-Z0-9\\-()]{5,30}");
    }
}
