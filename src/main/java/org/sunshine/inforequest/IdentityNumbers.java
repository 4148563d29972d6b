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
final class IdentityNumbers {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private IdentityNumbers() {
    }

    static String normalize(String number) {
        return number.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    static boolean residentId(String number) {
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
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11) == number.charAt(17);
    }

    static boolean creditCode(String code) {
        if (code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CREDIT_CHARS.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * CREDIT_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return CREDIT_CHARS.charAt(check) == code.charAt(17);
    }

    /** Another identity document's number: letters, digits and hyphens, 5 to 30 of them. */
    static boolean otherDocument(String number) {
        return number.matches("[A-Z0-9\\-()]{5,30}");
    }
}
