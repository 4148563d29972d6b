package org.sunshine.security;

import java.util.List;
import java.util.Map;

/**
 * The departments an account may belong to, as the directory keeps them. Answered by the directory, which builds on
 * security (its screens check roles), so that security never depends on it — as {@link AccountGate} is answered by
 * the supervisors' roster.
 */
public interface AccountDepartments {

    /** A department as an account's form offers it. */
    record Choice(long id, String name) {
    }

    /** The active departments in the directory's order, for choosing one. */
    List<Choice> active();

    /** Every department's name by id, active or not, for the list of accounts. */
    Map<Long, String> names();

    /** Whether the department exists, active or not. */
    boolean exists(long id);

    /** Whether the department exists and is active: only an active one gets new members. */
    boolean isActive(long id);
}
