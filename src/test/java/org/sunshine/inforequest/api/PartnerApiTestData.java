package org.sunshine.inforequest.api;

/** Test data shared by the application tests. */
public final class PartnerApiTestData {

    private PartnerApiTestData() {
    }

    /** A valid resident identity number (the check digit of GB 11643). */
    public static String residentId() {
        String base = "11010519491231002";
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (base.charAt(i) - '0') * weights[i];
        }
        return base + "10X98765432".charAt(sum % 11);
    }
}
