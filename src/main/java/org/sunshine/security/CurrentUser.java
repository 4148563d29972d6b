package org.sunshine.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The signed-in user of the current Vaadin request, kept in the HTTP session. Each read re-checks the account,
 * so a user who is disabled or changes role is treated accordingly at the next navigation.
 */
@Singleton
public class CurrentUser {

    static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();

    private final AuthenticationService authentication;

    public CurrentUser(AuthenticationService authentication) {
        this.authentication = authentication;
    }

    public Optional<SignedInUser> get() {
        WrappedSession session = session();
        if (session == null || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof SignedInUser stored)) {
            return Optional.empty();
        }
        Optional<SignedInUser> fresh = authentication.refresh(stored.id());
        if (fresh.isEmpty()) {
            session.removeAttribute(SESSION_ATTRIBUTE);
        } else if (!fresh.get().equals(stored)) {
            session.setAttribute(SESSION_ATTRIBUTE, fresh.get());
        }
        return fresh;
    }

    /** The signed-in user; views behind {@code @PermitAll} or {@code @RolesAllowed} always have one. */
    public SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No user is signed in"));
    }

    /** Starts the user's session under a new session id (no session fixation). */
    public void signIn(SignedInUser user) {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            request.getHttpServletRequest().changeSessionId();
        }
        session().setAttribute(SESSION_ATTRIBUTE, user);
    }

    /** Ends the HTTP session and with it every UI of the user. */
    public void signOut() {
        WrappedSession session = session();
        if (session != null) {
            session.invalidate();
        }
    }

    private static WrappedSession session() {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        return vaadinSession == null ? null : vaadinSession.getSession();
    }
}
