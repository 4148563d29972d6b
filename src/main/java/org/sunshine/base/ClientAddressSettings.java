package org.sunshine.base;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Where {@link ClientAddresses} may believe a forwarding header.
 *
 * The proxies themselves are {@code sunshine.http.trusted-proxies} ({@link org.sunshine.base.web.WebSettings}), the
 * one list that also says whose {@code X-Forwarded-Proto} is believed.
 *
 * @param header         the forwarding header those proxies set: {@code X-Forwarded-For} (default) or
 *                       {@code Forwarded} (RFC 7239)
 */
@ConfigurationProperties("sunshine.client-address")
public record ClientAddressSettings(@Nullable String header) {

    public ClientAddressSettings {
        header = header == null || header.isBlank() ? "X-Forwarded-For" : header.strip();
    }
}
