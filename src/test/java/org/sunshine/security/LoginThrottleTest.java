package org.sunshine.security;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sunshine.testing.MutableClock;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed sign-ins are limited per client address, whatever the usernames, and overall; a right password does not
 * count, and an address that signed in successfully before is not kept out by the overall limit. The limits live in
 * the context, which the tests share while each test's clock starts afresh: each test runs a day after the one before.
 */
@MicronautTest(startApplication = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Property(name = "sunshine.security.login-failures-per-address", value = "6")
@Property(name = "sunshine.security.login-failures-overall", value = "10")
class LoginThrottleTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-20T02:00:00Z");

    @Inject
    AuthenticationService authentication;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    @Order(1)
    void tooManyFailuresFromOneAddressMakeItWaitWhateverTheUsernames() {
        for (int i = 0; i < 6; i++) {
            assertThat(authentication.authenticate("user" + i, "guess", "198.51.100.1")).isInstanceOf(LoginOutcome.WrongCredentials.class);
        }
        clock.advance(Duration.ofMinutes(5));
        // refused before any check, even with a right password
        assertThat(authentication.authenticate("inspector", "Sunshine2026", "198.51.100.1"))
                .isEqualTo(new LoginOutcome.Throttled(10, false));
        assertThat(authentication.authenticate("inspector", "Sunshine2026", "198.51.100.2"))
                .as("another address").isInstanceOf(LoginOutcome.SignedIn.class);

        clock.advance(Duration.ofMinutes(10));
        assertThat(authentication.authenticate("inspector", "Sunshine2026", "198.51.100.1"))
                .as("the window has passed").isInstanceOf(LoginOutcome.SignedIn.class);
    }

    @Test
    @Order(2)
    void successfulSignInsDoNotCount() {
        clock.advance(Duration.ofDays(1));
        for (int i = 0; i < 20; i++) {
            assertThat(authentication.authenticate("leader", "Sunshine2026", "10.9.9.9")).isInstanceOf(LoginOutcome.SignedIn.class);
        }
    }

    @Test
    @Order(3)
    void failuresFromEverywhereStopNewAddressesButNotKnownOnes() {
        clock.advance(Duration.ofDays(2));
        assertThat(authentication.authenticate("handler", "Sunshine2026", "10.7.7.7")).isInstanceOf(LoginOutcome.SignedIn.class);
        // a guessing attack from many addresses
        for (int i = 0; i < 10; i++) {
            authentication.authenticate("admin", "guess", "203.0.113." + i);
        }
        assertThat(authentication.authenticate("admin", "guess", "203.0.113.200")).isEqualTo(new LoginOutcome.Throttled(15, true));
        assertThat(authentication.authenticate("handler", "Sunshine2026", "10.7.7.7"))
                .as("an address that signed in before").isInstanceOf(LoginOutcome.SignedIn.class);
    }
}
