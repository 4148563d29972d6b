package org.sunshine.base;

import com.vaadin.flow.server.VaadinRequest;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServletRequest;

import org.sunshine.base.web.WebSettings;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place that says which address a request came from, for limits and the audit log, for the screens
 * ({@link #current()}) and the HTTP API ({@link #of(HttpServletRequest)}) alike. The direct peer is the answer,
 * unless it is one of {@code sunshine.http.trusted-proxies}: then the forwarding header
 * ({@code X-Forwarded-For}, or {@code Forwarded} if so configured) is read from right to left, skipping the trusted
 * proxies, and the first address that is not one of them is the client. Anything else in the header is the client's
 * own say and is ignored. Without trusted proxies (the default), forwarding headers mean nothing.
 */
@Singleton
public class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Block> trusted;
    private final String header;

    public ClientAddresses(ClientAddressSettings settings, WebSettings web) {
        this.trusted = web.trustedProxies().stream().map(Block::parse).toList();
        this.header = settings.header();
    }

    /** The client of an HTTP request of the API. */
    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), values(request.getHeaders(header)));
    }

    /** The client of the current Vaadin request, or an empty string outside of one. */
    public String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "" : of(request);
    }

    /** The client of a Vaadin request (an upload's, for one). */
    public String of(VaadinRequest request) {
        return resolve(request.getRemoteAddr(), values(request.getHeaders(header)));
    }

    /**
     * The key under which an address is counted: the address itself, or for IPv6 its /64 network, which one
     * subscriber usually holds whole.
     */
    public static String bucket(String address) {
        Optional<InetAddress> parsed = parse(address);
        if (parsed.isPresent() && parsed.get().getAddress().length == 16) {
            byte[] bytes = parsed.get().getAddress();
            for (int i = 8; i < 16; i++) {
                bytes[i] = 0;
            }
            try {
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            } catch (UnknownHostException e) {
                return address;
            }
        }
        return address;
    }

    String resolve(@Nullable String peer, List<String> headerValues) {
        String direct = canonical(peer == null ? "" : peer.strip()).orElse(peer == null ? "" : peer.strip());
        if (!isTrusted(direct)) {
            return direct;
        }
        List<String> hops = hops(headerValues);
        String client = direct;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<String> hop = canonical(hops.get(i));
            if (hop.isEmpty()) {
                // "unknown", a name, garbage: nothing left of it can be believed
                return client;
            }
            client = hop.get();
            if (!isTrusted(client)) {
                return client;
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        Optional<InetAddress> parsed = parse(address);
        return parsed.isPresent() && trusted.stream().anyMatch(block -> block.contains(parsed.get()));
    }

    /** The addresses of the header, in order, from {@code X-Forwarded-For} lists or {@code Forwarded}'s {@code for=}. */
    private List<String> hops(List<String> headerValues) {
        boolean rfc7239 = header.equalsIgnoreCase("Forwarded");
        List<String> hops = new ArrayList<>();
        for (String value : headerValues) {
            for (String element : value.split(",")) {
                if (!rfc7239) {
                    hops.add(element.strip());
                    continue;
                }
                String forValue = "";
                for (String pair : element.split(";")) {
                    String p = pair.strip();
                    if (p.toLowerCase(Locale.ROOT).startsWith("for=")) {
                        forValue = forwardedNode(p.substring(4));
                    }
                }
                hops.add(forValue);
            }
        }
        return hops;
    }

    /** An RFC 7239 node: {@code 192.0.2.43}, {@code "192.0.2.43:47011"}, {@code "[2001:db8::17]:4711"}. */
    private static String forwardedNode(String node) {
        String n = node.strip();
        if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) {
            n = n.substring(1, n.length() - 1);
        }
        if (n.startsWith("[")) {
            int end = n.indexOf(']');
            return end < 0 ? "" : n.substring(1, end);
        }
        int colon = n.indexOf(':');
        return colon >= 0 && n.indexOf(':', colon + 1) < 0 ? n.substring(0, colon) : n;
    }

    private static List<String> values(@Nullable Enumeration<String> headers) {
        return headers == null ? List.of() : Collections.list(headers);
    }

    /** The address in one spelling (IPv6 compressed the same way every time), or empty if it is not an address. */
    private static Optional<String> canonical(String text) {
        return parse(text).map(InetAddress::getHostAddress);
    }

    /** An IP address literal, never a name: nothing here may cause a DNS lookup. */
    private static Optional<InetAddress> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 45
                || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address or a CIDR block of trusted proxies. */
    private record Block(byte[] network, int prefix) {

        static Block parse(String text) {
            String t = text.strip();
            int slash = t.indexOf('/');
            InetAddress address = ClientAddresses.parse(slash < 0 ? t : t.substring(0, slash))
                    .orElseThrow(() -> new IllegalArgumentException("sunshine.http.trusted-proxies: not an address: " + text));
            int bits = address.getAddress().length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(t.substring(slash + 1).strip());
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("sunshine.http.trusted-proxies: bad prefix: " + text);
            }
            return new Block(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
