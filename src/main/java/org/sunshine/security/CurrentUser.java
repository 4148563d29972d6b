package org.sunshine.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The signed-in user of the current Vaadin request, kept in the HTTP session. The account is read again once per
 * request — the first time the request asks (the menu, the access check, the view) — and that answer serves the
 * rest of the request: a user who is disabled, leaves office or changes role is treated accordingly from their
 * next request (their next navigation) on.
 */
@Singleton
public class CurrentUser {

    static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();
    /** The request attribute holding this request's answer: a {@link SignedInUser}, or {@link #NOBODY}. */
    static final String REQUEST_ATTRIBUTE = CurrentUser.class.getName();
    private static final Object NOBODY = new Object();

    private final AuthenticationService authentication;

    public CurrentUser(AuthenticationService authentication) {
        this.authentication = authentication;
    }

    public Optional<SignedInUser> get() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Object resolved = request == null ? null : request.getAttribute(REQUEST_ATTRIBUTE);
        if (resolved != null) {
            return resolved instanceof SignedInUser user ? Optional.of(user) : Optional.empty();
        }
        Optional<SignedInUser> user = refresh();
        remember(user.orElse(null));
        return user;
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
        remember(user);
    }

    /** Ends the HTTP session and with it every UI of the user. */
    public void signOut() {
        WrappedSession session = session();
        if (session != null) {
            session.invalidate();
        }
        remember(null);
    }

    /** Reads the account of the session's user again; drops it from the session if it may no longer be used. */
    private Optional<SignedInUser> refresh() {
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

    private static void remember(SignedInUser user) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            request.setAttribute(REQUEST_ATTRIBUTE, user == null ? NOBODY : user);
        }
    }

    private static WrappedSession session() {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        return vaadinSession == null ? null : vaadinSession.getSession();
    }
}
