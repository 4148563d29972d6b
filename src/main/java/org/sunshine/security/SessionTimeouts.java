package org.sunshine.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.WrappedSession;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * How long an HTTP session outlives its last request. Every public page is a Vaadin UI holding its form on the
 * server, so a session without a sign-in gets the short {@code sunshine.public.session-timeout} (10 minutes) from
 * its first request: an abandoned form goes after that, not after the container's 30 minutes
 * (docs/performance.md, "Capacity of the public site"). An open tab keeps its session while its heartbeats come
 * (every {@code heartbeatInterval}, 5 minutes), so the timeout may not be shorter than two of them. Signing in
 * gives the session the container's timeout back: the staff's own idle rule is {@link SessionSettings#idleTimeout()}.
 */
@Singleton
public class SessionTimeouts implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(SessionTimeouts.class);
    /** The servlet container's own default, when its context does not say. */
    static final int CONTAINER_DEFAULT_SECONDS = 30 * 60;

    private final Duration configured;
    private volatile int publicSeconds;
    private volatile int staffSeconds = CONTAINER_DEFAULT_SECONDS;

    public SessionTimeouts(@Value("${sunshine.public.session-timeout:10m}") Duration publicTimeout) {
        this.configured = publicTimeout;
        this.publicSeconds = (int) publicTimeout.toSeconds();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        staffSeconds = containerDefault(service);
        int heartbeat = service.getDeploymentConfiguration().getHeartbeatInterval();
        int least = heartbeat > 0 ? 2 * heartbeat : 0;
        if (configured.toSeconds() < least) {
            LOG.warn("sunshine.public.session-timeout {} is shorter than two heartbeats ({} s): using {} s, so that an "
                    + "open tab keeps its form", configured, heartbeat, least);
        }
        publicSeconds = (int) Math.max(configured.toSeconds(), least);
        service.addSessionInitListener(e -> toPublic(e.getSession().getSession()));
    }

    /** A new session has nobody signed in: the public's short timeout. */
    void toPublic(WrappedSession session) {
        if (session != null) {
            session.setMaxInactiveInterval(publicSeconds);
        }
    }

    /** Someone signed in: the container's timeout, the staff's idle rule applying on top. */
    void toStaff(WrappedSession session) {
        if (session != null) {
            session.setMaxInactiveInterval(staffSeconds);
        }
    }

    int publicSeconds() {
        return publicSeconds;
    }

    int staffSeconds() {
        return staffSeconds;
    }

    private static int containerDefault(VaadinService service) {
        try {
            if (service instanceof VaadinServletService servlet && servlet.getServlet() != null) {
                int minutes = servlet.getServlet().getServletContext().getSessionTimeout();
                if (minutes > 0) {
                    return minutes * 60;
                }
            }
        } catch (RuntimeException notSaid) {
            // a mocked context (browserless tests) may not know: the container's usual default
        }
        return CONTAINER_DEFAULT_SECONDS;
    }
}
