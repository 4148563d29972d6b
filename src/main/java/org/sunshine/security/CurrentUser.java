package org.sunshine.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The signed-in user of the current Vaadin request, kept in the HTTP session. The account is read again once per
 * request — the first time the request asks ({@link SessionGuard} before anything else, then the menu, the access
 * check, the view) — and that answer serves the rest of the request. The sign-in ends there, the session's other
 * requests included, when the account was disabled or refused by a gate, when its sessions were ended (a new
 * password: {@link User#endSessions()}), after {@link SessionSettings#idleTimeout()} without interaction
 * ({@link #touch}) or after {@link SessionSettings#lifetime()} in all; a changed role counts from the next request on.
 */
@Singleton
public class CurrentUser {

    /** Why a sign-in ended other than by signing out. */
    public enum Ending {
        /** No interaction for the idle timeout. */
        IDLE,
        /** The session's lifetime was over. */
        LIFETIME,
        /** The account's password was reset or changed, or it was disabled or refused since. */
        CHANGED
    }

    static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();
    private static final String GENERATION = CurrentUser.class.getName() + ".generation";
    private static final String SIGNED_IN_AT = CurrentUser.class.getName() + ".signedInAt";
    private static final String ACTIVE_AT = CurrentUser.class.getName() + ".activeAt";
    /** The request attribute holding this request's answer: a {@link SignedInUser}, or {@link #NOBODY}. */
    static final String REQUEST_ATTRIBUTE = CurrentUser.class.getName();
    private static final String ENDED_ATTRIBUTE = CurrentUser.class.getName() + ".ended";
    private static final Object NOBODY = new Object();

    private final AuthenticationService authentication;
    private final SessionSettings settings;
    private final Clock clock;
    private final SessionTimeouts timeouts;

    public CurrentUser(AuthenticationService authentication, SessionSettings settings, Clock clock,
                       SessionTimeouts timeouts) {
        this.authentication = authentication;
        this.settings = settings;
        this.clock = clock;
        this.timeouts = timeouts;
    }

    public Optional<SignedInUser> get() {
        return get(session());
    }

    Optional<SignedInUser> get(WrappedSession session) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Object resolved = request == null ? null : request.getAttribute(REQUEST_ATTRIBUTE);
        if (resolved != null) {
            return resolved instanceof SignedInUser user ? Optional.of(user) : Optional.empty();
        }
        Optional<SignedInUser> user = refresh(session);
        remember(user.orElse(null));
        return user;
    }

    /** The signed-in user; views behind {@code @PermitAll} or {@code @RolesAllowed} always have one. */
    public SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No user is signed in"));
    }

    /**
     * Starts the user's session under a new session id (no session fixation), from now, with the staff's session
     * timeout instead of the public's short one ({@link SessionTimeouts}).
     */
    public void signIn(SignedInUser user) {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            request.getHttpServletRequest().changeSessionId();
        }
        WrappedSession session = session();
        Instant now = clock.instant();
        session.setAttribute(SESSION_ATTRIBUTE, user);
        session.setAttribute(GENERATION, authentication.refresh(user.id()).map(AuthenticationService.Account::sessionGeneration).orElse(-1));
        session.setAttribute(SIGNED_IN_AT, now);
        session.setAttribute(ACTIVE_AT, now);
        timeouts.toStaff(session);
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

    /** The user interacted with the screen now: the idle timeout counts from here. */
    public void touch() {
        touch(session());
    }

    void touch(WrappedSession session) {
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) != null) {
            session.setAttribute(ACTIVE_AT, clock.instant());
        }
    }

    /** Whether the session holds a sign-in (which may still turn out to be over). */
    boolean holdsSignIn(WrappedSession session) {
        return session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof SignedInUser;
    }

    /** Why this request found the session's sign-in over, if it did. */
    public Optional<Ending> ended() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && request.getAttribute(ENDED_ATTRIBUTE) instanceof Ending ending
                ? Optional.of(ending) : Optional.empty();
    }

    /** Reads the account of the session's user again; ends the sign-in if it may no longer be used. */
    private Optional<SignedInUser> refresh(WrappedSession session) {
        if (!holdsSignIn(session)) {
            return Optional.empty();
        }
        SignedInUser stored = (SignedInUser) session.getAttribute(SESSION_ATTRIBUTE);
        Instant now = clock.instant();
        if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)
                || !now.isBefore(signedInAt.plus(settings.lifetime()))) {
            return end(session, Ending.LIFETIME);
        }
        if (session.getAttribute(ACTIVE_AT) instanceof Instant activeAt && !now.isBefore(activeAt.plus(settings.idleTimeout()))) {
            return end(session, Ending.IDLE);
        }
        Optional<AuthenticationService.Account> fresh = authentication.refresh(stored.id());
        if (fresh.isEmpty() || !Integer.valueOf(fresh.get().sessionGeneration()).equals(session.getAttribute(GENERATION))) {
            return end(session, Ending.CHANGED);
        }
        if (!fresh.get().user().equals(stored)) {
            session.setAttribute(SESSION_ATTRIBUTE, fresh.get().user());
        }
        return Optional.of(fresh.get().user());
    }

    private Optional<SignedInUser> end(WrappedSession session, Ending ending) {
        for (String attribute : new String[] {SESSION_ATTRIBUTE, GENERATION, SIGNED_IN_AT, ACTIVE_AT}) {
            session.removeAttribute(attribute);
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            request.setAttribute(ENDED_ATTRIBUTE, ending);
        }
        return Optional.empty();
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
