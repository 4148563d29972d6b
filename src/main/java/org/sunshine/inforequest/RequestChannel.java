package org.sunshine.inforequest;

/**
 * How an application came in (Art. 29, 31); the label is {@code inforequest.channel.<NAME>}. Online and partner
 * applications wait for the organ to confirm them (登记), which fixes the receipt date; staff record the others as they
 * receive them: in person (that day), by post (the sign-for date), by fax (the day it is recorded), orally (staff
 * fill in the form, 代为填写).
 */
public enum RequestChannel {
    ONLINE, PARTNER, IN_PERSON, POST, FAX, ORAL;

    /** Arrives without staff and must be confirmed by the organ. */
    public boolean needsConfirmation() {
        return this == ONLINE || this == PARTNER;
    }
}
