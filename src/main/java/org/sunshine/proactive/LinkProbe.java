package org.sunshine.proactive;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.IDN;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Checks one URL as a polite, careful visitor would: http and https only; the host resolved and every address it
 * resolves to checked ({@link LinkAddresses}) before anything is sent; the host's turn awaited ({@link HostPacer});
 * HEAD first, GET when HEAD is refused (405, 501); redirects followed here, each new address checked again, at most
 * {@code maxRedirects}. A 2xx at the end is OK; anything else is a failure with its reason, never an exception.
 */
final class LinkProbe {

    private final LinkCheckSettings settings;
    private final HostPacer pacer;
    private final HttpProbe http;
    private final Predicate<InetAddress> refused;

    LinkProbe(LinkCheckSettings settings, HostPacer pacer, String userAgent) {
        this(settings, pacer, userAgent, settings.allowPrivateAddresses() ? a -> false : LinkAddresses::refused);
    }

    /** With another rule for the addresses refused (tests). */
    LinkProbe(LinkCheckSettings settings, HostPacer pacer, String userAgent, Predicate<InetAddress> refused) {
        this.settings = settings;
        this.pacer = pacer;
        this.http = new HttpProbe(settings.connectTimeout(), settings.readTimeout(), userAgent);
        this.refused = refused;
    }

    LinkOutcome check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return LinkOutcome.failed("badUrl");
        }
        for (int redirects = 0; ; redirects++) {
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return LinkOutcome.failed("scheme", scheme.isEmpty() ? "-" : scheme);
            }
            uri = asciiHost(uri);
            if (uri == null) {
                return LinkOutcome.failed("badUrl");
            }
            HttpProbe.Answer answer;
            try {
                List<InetAddress> addresses = List.of(InetAddress.getAllByName(uri.getHost()));
                var inside = addresses.stream().filter(refused).findFirst();
                if (inside.isPresent()) {
                    return LinkOutcome.failed("address", inside.get().getHostAddress());
                }
                HttpProbe.Target target = target(uri, addresses);
                answer = ask("HEAD", target);
                if (answer.status() == 405 || answer.status() == 501) {
                    answer = ask("GET", target);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return LinkOutcome.SKIPPED;
            } catch (UnknownHostException e) {
                return LinkOutcome.failed("unknownHost");
            } catch (SocketTimeoutException e) {
                return LinkOutcome.failed("timeout");
            } catch (NoRouteToHostException e) {
                return LinkOutcome.failed("refused");
            } catch (ConnectException e) {
                String message = e.getMessage() == null ? "" : e.getMessage();
                return LinkOutcome.failed(message.contains("timed out") ? "timeout" : "refused");
            } catch (SSLException e) {
                return LinkOutcome.failed("tls");
            } catch (ProtocolException e) {
                return LinkOutcome.failed("protocol");
            } catch (IOException e) {
                return LinkOutcome.failed("io");
            }
            int status = answer.status();
            if (status >= 200 && status < 300) {
                return LinkOutcome.OK;
            }
            if (!isRedirect(status) || answer.location() == null) {
                return LinkOutcome.failed("status", status);
            }
            if (redirects >= settings.maxRedirects()) {
                return LinkOutcome.failed("redirects", settings.maxRedirects());
            }
            try {
                uri = uri.resolve(new URI(answer.location()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return LinkOutcome.failed("badUrl");
            }
        }
    }

    private HttpProbe.Answer ask(String method, HttpProbe.Target target) throws IOException, InterruptedException {
        pacer.await(target.host(), settings.hostDelay());
        return http.request(method, target);
    }

    private static HttpProbe.Target target(URI uri, List<InetAddress> addresses) {
        boolean tls = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        URI ascii = URI.create(uri.toASCIIString());
        String path = ascii.getRawPath() == null || ascii.getRawPath().isEmpty() ? "/" : ascii.getRawPath();
        String query = ascii.getRawQuery();
        return new HttpProbe.Target(tls, uri.getHost(), port, query == null ? path : path + "?" + query, addresses);
    }

    /**
     * The URI with its host in ASCII (an internationalised name in its xn-- form, lower case; an IPv6 literal as it
     * is), or null when it names no host.
     */
    static URI asciiHost(URI uri) {
        String host = uri.getHost();
        int port = uri.getPort();
        if (host == null && uri.getRawAuthority() != null) {
            String authority = uri.getRawAuthority();
            authority = authority.substring(authority.lastIndexOf('@') + 1);
            int colon = authority.lastIndexOf(':');
            if (colon > 0 && !authority.endsWith("]")) {
                try {
                    port = Integer.parseInt(authority.substring(colon + 1));
                } catch (NumberFormatException e) {
                    return null;
                }
                authority = authority.substring(0, colon);
            }
            host = authority;
        }
        if (host == null || host.isEmpty()) {
            return null;
        }
        if (host.startsWith("[")) {
            return uri.getHost() == null ? null : uri;
        }
        try {
            String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            if (ascii.equals(uri.getHost())) {
                return uri;
            }
            return new URI(uri.getScheme(), null, ascii, port, uri.getPath(), uri.getQuery(), null);
        } catch (IllegalArgumentException | URISyntaxException e) {
            return null;
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }
}
