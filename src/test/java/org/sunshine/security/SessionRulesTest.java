package org.sunshine.security;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.shell.WorkbenchView;
import org.sunshine.testing.MutableClock;
import org.sunshine.testing.UiTest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff sign-in ends — at the next request of any of its screens, not only at the next navigation — when the
 * password is reset or the account disabled, after 30 minutes without interaction (a heartbeat is not interaction)
 * and after 12 hours in all; the browser is sent to the sign-in page with the reason.
 */
@MicronautTest(startApplication = false)
class SessionRulesTest extends UiTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-20T02:00:00Z");
    /** The request being served, held as the servlet container would. */
    private VaadinServletRequest held;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    void aPasswordResetEndsEverySessionOfTheUserAtTheirNextClick() {
        long id = context.getBean(UserService.class).createInitial("reset.me", "重置测试", Role.LEADER, null, "First2026");
        signInAs("reset.me");
        navigate("workbench");
        _get(WorkbenchView.class);
        assertThat(request("uidl").handled()).as("an ordinary click passes").isFalse();

        context.getBean(UserService.class).resetPassword(id, "Second2026", SignedInUser.SYSTEM);
        Answer click = request("uidl");
        assertThat(click.handled()).isTrue();
        assertThat(click.body()).contains("/login?signedOut=changed");
        assertThat(context.getBean(CurrentUser.class).get()).isEmpty();
    }

    @Test
    void disablingAnAccountEndsItsSessions() {
        long id = context.getBean(UserService.class).createInitial("disable.me", "停用测试", Role.LEADER, null, "First2026");
        signInAs("disable.me");
        navigate("workbench");
        context.getBean(UserService.class).setEnabled(id, false, SignedInUser.SYSTEM);
        Answer page = request(null);
        assertThat(page.handled()).isTrue();
        assertThat(page.response().getHeader("Location")).isEqualTo("/login?signedOut=changed");
    }

    @Test
    void thirtyMinutesWithoutInteractionEndTheSignInHeartbeatsNotWithstanding() {
        signInAs("inspector");
        navigate("workbench");
        clock.advance(Duration.ofMinutes(20));
        assertThat(request("heartbeat").handled()).isFalse();
        clock.advance(Duration.ofMinutes(9));
        assertThat(request("heartbeat").handled()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        Answer heartbeat = request("heartbeat");
        assertThat(heartbeat.handled()).as("the open tab's heartbeat did not keep it alive").isTrue();
        assertThat(heartbeat.response().getStatus()).isEqualTo(403);
    }

    @Test
    void interactionKeepsTheSignInUntilItsLifetimeIsOver() {
        signInAs("inspector");
        navigate("workbench");
        for (int i = 0; i < 35; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(request("uidl").handled()).as("a click after " + (i + 1) * 20 + " minutes").isFalse();
        }
        clock.advance(Duration.ofMinutes(20)); // 12 hours
        Answer click = request("uidl");
        assertThat(click.handled()).isTrue();
        assertThat(click.body()).contains("/login?signedOut=lifetime");
    }

    @Test
    void theIdleTimeoutEndsTheSignInAtTheNextClick() {
        signInAs("inspector");
        navigate("workbench");
        clock.advance(Duration.ofMinutes(31));
        Answer click = request("uidl");
        assertThat(click.handled()).isTrue();
        assertThat(click.body()).contains("/login?signedOut=idle");
    }

    @Test
    void thePublicIsNotConcerned() {
        navigate("track");
        clock.advance(Duration.ofHours(13));
        assertThat(request("uidl").handled()).isFalse();
    }

    private record Answer(boolean handled, FakeResponse response) {
        String body() {
            return response.getBuffer().toString(StandardCharsets.UTF_8);
        }
    }

    /** Sends a request of the session through the guard, as Vaadin would before anything else: UIDL, heartbeat, page. */
    private Answer request(String type) {
        VaadinServletRequest current = (VaadinServletRequest) VaadinRequest.getCurrent();
        FakeRequest fake = new FakeRequest(current.getHttpServletRequest().getSession());
        if (type != null) {
            fake.setParameter("v-r", type);
        }
        held = new VaadinServletRequest(fake, current.getService());
        CurrentInstance.set(VaadinRequest.class, held);
        FakeResponse response = new FakeResponse();
        try {
            boolean handled = context.getBean(SessionGuard.class).handle(VaadinSession.getCurrent(), held,
                    new VaadinServletResponse(response, current.getService()));
            return new Answer(handled, response);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
