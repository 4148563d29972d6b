package org.sunshine.security;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

public record UserRow(long id, String username, String displayName, Role role, @Nullable Long departmentId,
                      @Nullable String departmentName, boolean enabled, @Nullable Instant lastLoginAt) {
}
