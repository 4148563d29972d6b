package org.sunshine.security;

import io.micronaut.core.annotation.Nullable;

/**
 * An account as an administrator creates ({@code id == null}, password required) or edits it
 * (password ignored: use a reset).
 */
public record UserForm(@Nullable Long id, String username, String displayName, Role role,
                       @Nullable Long departmentId, @Nullable String password) {

    public static UserForm empty() {
        return new UserForm(null, "", "", Role.HANDLER, null, "");
    }
}
