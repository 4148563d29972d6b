package org.sunshine.security;

import io.micronaut.core.annotation.Nullable;

/**
 * What the administrator looks for in the list of accounts; {@code null} means any.
 *
 * @param text a part of the login name or of the name
 */
public record UserFilter(@Nullable String text, @Nullable Role role, @Nullable Long departmentId,
                         @Nullable AccountState state) {

    public static final UserFilter ALL = new UserFilter(null, null, null, null);
    /** Longer search texts are cut (no name is longer). */
    public static final int MAX_TEXT = 60;
}
