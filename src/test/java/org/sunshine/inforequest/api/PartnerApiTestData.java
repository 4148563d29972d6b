package org.sunshine.inforequest.api;

import org.sunshine.inforequest.IdentityNumbers;

/** Test data shared by the application tests. */
public final class PartnerApiTestData {

    private PartnerApiTestData() {
    }

    /** A valid resident identity number (the check digit of GB 11643). */
    public static String residentId() {
        return IdentityNumbers.withResidentCheck("11010519491231002");
    }
}
