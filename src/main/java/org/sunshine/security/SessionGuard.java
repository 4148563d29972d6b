package org.sunshine.security;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.HandlerHelper.RequestType;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.shared.JsonConstants;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a staff sign-in before Vaadin handles any request of its session, so that no click is served after the
 * sign-in is over, even on a screen opened before: {@link CurrentUser} reads the account and the session's times,
 * and if the sign-in has ended the HTTP session is invalidated and the browser sent to the sign-in page, which says
 * why. Otherwise the request counts as interaction — unless it is a heartbeat, which an open tab sends by itself.
 * Sessions without a sign-in (the public) pass untouched.
 */
@Singleton
class SessionGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    SessionGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(this::handle);
    }

    boolean handle(VaadinSession session, VaadinRequest request, VaadinResponse response) throws IOException {
        WrappedSession http = session.getSession();
        if (!currentUser.holdsSignIn(http)) {
            return false;
        }
        boolean heartbeat = HandlerHelper.isRequestType(request, RequestType.HEARTBEAT);
        if (currentUser.get(http).isPresent()) {
            if (!heartbeat) {
                currentUser.touch(http);
            }
            return false;
        }
        Optional<CurrentUser.Ending> ending = currentUser.ended();
        String location = request.getContextPath() + "/login"
                + ending.map(e -> "?signedOut=" + e.name().toLowerCase(Locale.ROOT)).orElse("");
        // Vaadin closes its session as the HTTP session goes, which it does only under the session's lock
        session.lock();
        try {
            http.invalidate();
        } finally {
            session.unlock();
        }
        if (HandlerHelper.isRequestType(request, RequestType.UIDL)) {
            // what Vaadin answers for an expired session: the client goes to the address at once
            request.getService().writeUncachedStringResponse(response, JsonConstants.JSON_CONTENT_TYPE,
                    VaadinService.createCriticalNotificationJSON(null, null, null, location));
        } else if (heartbeat) {
            response.setStatus(403);
        } else {
            response.setStatus(302);
            response.setHeader("Location", location);
        }
        return true;
    }
}
