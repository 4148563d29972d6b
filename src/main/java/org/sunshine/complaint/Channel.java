package org.sunshine.complaint;

/** How a complaint reached the platform; the label is {@code complaint.channel.<NAME>}. */
public enum Channel {
    /** the public web form */
    WEB,
    /** the public API (Open311), e.g. from the 12345 hotline's system */
    API,
    /** taken by phone and entered by staff */
    PHONE,
    /** received by letter and entered by staff */
    LETTER,
    /** raised by a social supervisor */
    SUPERVISOR
}
