package org.sunshine.base;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * Where {@link ClientAddresses} may believe a forwarding header.
 *
 * @param trustedProxies addresses or CIDR blocks of the reverse proxies in front of the application
 *                       (e.g. {@code 10.0.0.5}, {@code 10.1.0.0/16}, {@code fd00::/8}); none by default
 * @param header         the forwarding header those proxies set: {@code X-Forwarded-For} (default) or
 *                       {@code Forwarded} (RFC 7239)
 */
@ConfigurationProperties("sunshine.client-address")
public record ClientAddressSettings(@Nullable List<String> trustedProxies, @Nullable String header) {

    public ClientAddressSettings {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        header = header == null || header.isBlank() ? "X-Forwarded-For" : header.strip();
    }
}
