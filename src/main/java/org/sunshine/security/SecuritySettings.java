package org.sunshine.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * Sign-in rules (docs/architecture.md, "Sign-in and sessions").
 *
 * @param maxFailedLogins          wrong passwords for one account from one client address that lock the account for
 *                                 that address (again after as many more)
 * @param lockoutDuration          how long the first lock lasts; each further lock of the same pair lasts twice as long
 * @param maxLockoutDuration       the longest a lock lasts
 * @param loginFailuresPerAddress  failed sign-ins from one client address, whatever the usernames, before the address
 *                                 must wait (the failures of the last {@code loginThrottleWindow} count)
 * @param loginFailuresOverall     failed sign-ins from all addresses together before addresses with no successful
 *                                 sign-in of late must wait
 * @param loginThrottleWindow      the window of the two limits above
 * @param bootstrapAdminPassword   password of the "admin" created on a start with no users at all
 */
@ConfigurationProperties("sunshine.security")
public record SecuritySettings(int maxFailedLogins, Duration lockoutDuration, Duration maxLockoutDuration,
                               int loginFailuresPerAddress, int loginFailuresOverall, Duration loginThrottleWindow,
                               @Nullable String bootstrapAdminPassword) {
}
