package org.sunshine.security;

import io.micronaut.core.annotation.Nullable;

/**
 * An enabled account that can be reached, for telling it of work: who it is, where it acts, and its contact.
 *
 * @param disclosureHead a handler who heads the department's disclosure office (approves its extensions)
 */
public record StaffMember(long userId, String username, String displayName, Role role, @Nullable Long departmentId,
                          boolean disclosureHead, @Nullable String email, @Nullable String mobile,
                          boolean digestByEmail, boolean digestBySms) {

    /** The account as a viewer of the lists, to count what it would see. */
    public SignedInUser asViewer() {
        return new SignedInUser(userId, username, displayName, role, departmentId);
    }
}
