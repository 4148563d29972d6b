package org.sunshine.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * @param maxFailedLogins        consecutive wrong passwords that lock an account
 * @param lockoutDuration        how long it stays locked
 * @param bootstrapAdminPassword password of the "admin" created on a start with no users at all
 */
@ConfigurationProperties("sunshine.security")
public record SecuritySettings(int maxFailedLogins, Duration lockoutDuration, @Nullable String bootstrapAdminPassword) {
}
