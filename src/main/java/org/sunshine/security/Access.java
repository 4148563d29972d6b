package org.sunshine.security;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.base.DomainException;

/** Server-side role checks for services, behind the views' own {@code @RolesAllowed}. */
public final class Access {

    private Access() {
    }

    public static void requireAdmin(@Nullable SignedInUser actor) {
        require(actor, Role.ADMIN);
    }

    public static void require(@Nullable SignedInUser actor, Role role) {
        if (actor == null || !actor.is(role)) {
            throw new DomainException("error.notAllowed");
        }
    }
}
