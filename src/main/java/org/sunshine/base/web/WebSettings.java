package org.sunshine.base.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * Settings under {@code sunshine.http}.
 *
 * @param trustedProxies        addresses or CIDR blocks of the reverse proxies in front of the application
 *                              ({@code SUNSHINE_HTTP_TRUSTED_PROXIES=10.0.0.5,10.1.0.0/16}); only a request whose
 *                              last hop is one of them may say with {@code X-Forwarded-Proto: https} that the
 *                              browser used HTTPS. Empty: nobody is trusted
 * @param contentSecurityPolicy the {@code Content-Security-Policy} of every answer
 * @param hstsMaxAgeSeconds     {@code Strict-Transport-Security: max-age} on answers to HTTPS requests; 0 sends none
 */
@ConfigurationProperties("sunshine.http")
public record WebSettings(@Nullable List<String> trustedProxies, @Nullable String contentSecurityPolicy,
                          @Nullable Long hstsMaxAgeSeconds) {

    /**
     * What Vaadin Flow 24 documents it needs (script-src 'unsafe-inline' 'unsafe-eval', style-src 'unsafe-inline':
     * the bootstrap page's inline script, the functions the client engine builds from the server's JavaScript, the
     * components' inline styles), everything else from this origin only, and nothing framed, embedded or posted
     * elsewhere. ECharts and the chart element are scripts of this origin; images may be data: and blob: URLs
     * (Vaadin's icons and uploads' previews).
     */
    public static final String DEFAULT_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";
    public static final long DEFAULT_HSTS_MAX_AGE = 31_536_000L;

    public WebSettings {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        contentSecurityPolicy = contentSecurityPolicy == null || contentSecurityPolicy.isBlank()
                ? DEFAULT_POLICY : contentSecurityPolicy.strip();
        hstsMaxAgeSeconds = hstsMaxAgeSeconds == null ? DEFAULT_HSTS_MAX_AGE : Math.max(0, hstsMaxAgeSeconds);
    }
}
