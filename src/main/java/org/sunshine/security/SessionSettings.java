package org.sunshine.security;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * How long a staff sign-in lasts (docs/architecture.md, "Sign-in and sessions"). The public has no sign-in and is
 * not concerned.
 *
 * @param idleTimeout without interaction for this long, the sign-in ends
 * @param idleWarning this long before, the screen warns and offers to stay signed in
 * @param lifetime    however active, the sign-in ends this long after it began
 */
@ConfigurationProperties("sunshine.security.sessions")
public record SessionSettings(Duration idleTimeout, Duration idleWarning, Duration lifetime) {
}
