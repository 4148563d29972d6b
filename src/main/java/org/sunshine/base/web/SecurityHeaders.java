package org.sunshine.base.web;

import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.util.NetMaskSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * The headers of every answer, and whether a request came over HTTPS. A request is HTTPS when it came over TLS to
 * this server, or when its last hop is a trusted proxy ({@code sunshine.http.trusted-proxies}) that says so with
 * {@code X-Forwarded-Proto: https}; anyone else's {@code X-Forwarded-Proto} is ignored.
 */
@Singleton
public class SecurityHeaders {

    static final String FORWARDED_PROTO = "X-Forwarded-Proto";
    static final String FORWARDED_PORT = "X-Forwarded-Port";
    /** No camera, microphone, location, payment or USB for this site or anything in it. */
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private static final Logger LOG = LoggerFactory.getLogger(SecurityHeaders.class);

    private final WebSettings settings;
    private final NetMaskSet proxies = new NetMaskSet();

    public SecurityHeaders(WebSettings settings) {
        this.settings = settings;
        List<String> errors = proxies.addAll(String.join(",", settings.trustedProxies()));
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("sunshine.http.trusted-proxies: not an address or CIDR block: " + errors);
        }
        if (!proxies.isEmpty()) {
            LOG.info("HTTPS is recognised from X-Forwarded-Proto sent by {}", proxies);
        }
    }

    /** Sets the headers on an answer (again, if a servlet reset them); HSTS only on an answer to HTTPS. */
    public void apply(HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        response.setHeader("Content-Security-Policy", settings.contentSecurityPolicy());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure() && settings.hstsMaxAgeSeconds() > 0) {
            response.setHeader("Strict-Transport-Security", "max-age=" + settings.hstsMaxAgeSeconds());
        }
    }

    /** Whether a request that came in as plain HTTP was HTTPS up to a trusted proxy. */
    public boolean forwardedAsHttps(HttpServletRequest request) {
        String proto = request.getHeader(FORWARDED_PROTO);
        if (proto == null || proxies.isEmpty()) {
            return false;
        }
        // a chain of proxies may list one scheme per hop: the first is the browser's
        String first = proto.split(",", 2)[0].strip().toLowerCase(Locale.ROOT);
        return "https".equals(first) && trusted(request.getRemoteAddr());
    }

    /** The port the browser used, as a trusted proxy says, else 443. */
    static int forwardedPort(HttpServletRequest request) {
        String port = request.getHeader(FORWARDED_PORT);
        try {
            int value = port == null ? 443 : Integer.parseInt(port.split(",", 2)[0].strip());
            return value > 0 && value < 65536 ? value : 443;
        } catch (NumberFormatException e) {
            return 443;
        }
    }

    private boolean trusted(String address) {
        try {
            return address != null && proxies.contains(address);
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
