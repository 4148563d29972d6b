package org.sunshine.workflow;

import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

/**
 * Who takes a step, in every state machine: the public (with a record's codes), a member of staff in a role, or the
 * platform itself (deadlines, scheduled work, one record's step following another's). The label is
 * {@code workflow.actor.<NAME>}.
 */
public enum Actor {
    PUBLIC,
    SUPERVISOR,
    HANDLER,
    INSPECTOR,
    LEADER,
    ADMIN,
    SYSTEM;

    public static Actor of(Role role) {
        return valueOf(role.name());
    }

    /** The actor a signed-in user acts as; {@link SignedInUser#SYSTEM} is the platform. */
    public static Actor of(SignedInUser user) {
        return user.id() == 0 ? SYSTEM : of(user.role());
    }

    public String labelKey() {
        return "workflow.actor." + name();
    }
}
