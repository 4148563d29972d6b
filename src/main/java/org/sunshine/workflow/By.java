package org.sunshine.workflow;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.security.SignedInUser;

/**
 * Who took a step, as its history keeps it: the actor, and for staff their account and name at the time.
 *
 * @param userId null for the public and the platform
 * @param name   empty for the public and the platform (the timeline then names the actor)
 */
public record By(Actor actor, @Nullable Long userId, String name) {

    public static final By PUBLIC = new By(Actor.PUBLIC, null, "");
    public static final By SYSTEM = new By(Actor.SYSTEM, null, "");

    /** A member of staff acting in their own role. */
    public static By user(SignedInUser user) {
        return as(Actor.of(user), user);
    }

    /** A member of staff acting as {@code actor} (the platform acting for the demo is {@link SignedInUser#SYSTEM}). */
    public static By as(Actor actor, SignedInUser user) {
        return user.id() == 0 ? new By(actor, null, "") : new By(actor, user.id(), user.displayName());
    }
}
