package org.sunshine.security;

import io.micronaut.core.annotation.Nullable;

import java.io.Serializable;
import java.security.Principal;

/** Who is signed in, as kept in the HTTP session. */
public record SignedInUser(long id, String username, String displayName, Role role,
                           @Nullable Long departmentId) implements Principal, Serializable {

    /** The platform itself, acting as an administrator: loading the demo data. Audited as "system". */
    public static final SignedInUser SYSTEM = new SignedInUser(0, "system", "system", Role.ADMIN, null);

    @Override
    public String getName() {
        return username;
    }

    public boolean is(Role other) {
        return role == other;
    }

    static SignedInUser of(User user) {
        return new SignedInUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
                user.getDepartmentId());
    }
}
