package org.sunshine.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.testing.UiTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session without a signed-in user ends after the public's short timeout, so abandoned forms do not pile up; a
 * sign-in gives it the container's timeout back; the public's may not be shorter than two heartbeats.
 */
@MicronautTest(startApplication = false)
@Property(name = "sunshine.public.session-timeout", value = "12m")
class SessionTimeoutsTest extends UiTest {

    @Test
    void anAnonymousSessionGetsThePublicTimeout() {
        navigate("submit");
        assertThat(VaadinSession.getCurrent().getSession().getMaxInactiveInterval()).isEqualTo(12 * 60);
    }

    @Test
    void signingInGivesTheStaffTimeout() {
        navigate("track");
        signInAs("inspector");
        assertThat(VaadinSession.getCurrent().getSession().getMaxInactiveInterval())
                .isEqualTo(context.getBean(SessionTimeouts.class).staffSeconds())
                .isGreaterThan(12 * 60);
    }

    @Test
    void neverShorterThanTwoHeartbeats() {
        SessionTimeouts tooShort = new SessionTimeouts(Duration.ofMinutes(2));
        tooShort.serviceInit(new ServiceInitEvent(VaadinService.getCurrent()));
        int heartbeat = VaadinService.getCurrent().getDeploymentConfiguration().getHeartbeatInterval();
        assertThat(tooShort.publicSeconds()).isEqualTo(Math.max(120, 2 * heartbeat));
    }
}
