package org.sunshine.security;

import io.micronaut.core.annotation.Nullable;

/**
 * How a member of staff is told of work: an optional work e-mail and mobile, and whether the daily digest of yellow
 * and red items goes to each (new work goes to whichever is set).
 */
public record StaffContactForm(@Nullable String email, @Nullable String mobile, boolean digestByEmail,
                               boolean digestBySms) {

    /** An account that has set nothing: no contact, the digest wanted by both. */
    public static final StaffContactForm NONE = new StaffContactForm(null, null, true, true);
}
