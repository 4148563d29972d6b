package org.sunshine.complaint;

/** Who may act on a complaint: the complainant (with the codes), staff in a role, or the platform itself. */
public enum Actor {
    PUBLIC,
    INSPECTOR,
    HANDLER,
    SYSTEM
}
