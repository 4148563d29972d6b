package org.sunshine.shell;

import jakarta.inject.Singleton;
import org.sunshine.base.ui.SignInState;
import org.sunshine.security.CurrentUser;

/** The public layout's question, answered from the session's signed-in user. */
@Singleton
class SessionSignInState implements SignInState {

    private final CurrentUser currentUser;

    SessionSignInState(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public boolean signedIn() {
        return currentUser.get().isPresent();
    }
}
