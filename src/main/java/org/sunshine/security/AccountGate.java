package org.sunshine.security;

import java.util.Optional;

/**
 * A further condition on using an account, owned by the feature it belongs to: a social supervisor, for one, may
 * sign in only during their term. Checked at sign-in and on every request of a signed-in user, so an account that
 * stops passing is signed out at its next navigation.
 */
public interface AccountGate {

    /** Empty when the account may be used now; otherwise the i18n key of the reason, shown at sign-in. */
    Optional<String> refusal(User user);
}
