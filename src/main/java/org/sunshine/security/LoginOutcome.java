package org.sunshine.security;

import java.time.Instant;

/** The result of a sign-in attempt. */
public sealed interface LoginOutcome {

    record SignedIn(SignedInUser user) implements LoginOutcome {
    }

    /** Unknown username or wrong password: deliberately the same answer for both. */
    record WrongCredentials(int maxFailedLogins, long lockoutMinutes) implements LoginOutcome {
    }

    /**
     * Too many wrong passwords for this username from this address; try again after {@code until}. An unknown
     * username is locked the same way.
     */
    record Locked(Instant until, int maxFailedLogins, long lockoutMinutes) implements LoginOutcome {
    }

    /** Too many failed sign-ins from this address ({@code overall} false) or from everywhere; nothing was checked. */
    record Throttled(long waitMinutes, boolean overall) implements LoginOutcome {
    }

    record Disabled() implements LoginOutcome {
    }

    /** The password was right, but the account may not be used now (an {@link AccountGate} said why). */
    record Refused(String reasonKey) implements LoginOutcome {
    }
}
