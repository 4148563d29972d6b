package org.sunshine.security;

/**
 * Where an account stands, as the administrator filters the list: the label is {@code user.state.<NAME>}. Locked
 * means locked for at least one client address now (other addresses may still sign in).
 */
public enum AccountState {
    ACTIVE,
    LOCKED,
    DISABLED;

    public String labelKey() {
        return "user.state." + name();
    }
}
