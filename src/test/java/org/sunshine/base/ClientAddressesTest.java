package org.sunshine.base;

import org.junit.jupiter.api.Test;

import org.sunshine.base.web.WebSettings;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client address: the direct peer, unless it is a configured trusted proxy; then the forwarding header read from
 * the right, skipping trusted proxies. A header from anyone else is the client's own say and means nothing.
 */
class ClientAddressesTest {

    private final ClientAddresses none = new ClientAddresses(new ClientAddressSettings(null), new WebSettings(List.of(), null, null));
    private final ClientAddresses behindProxy = new ClientAddresses(
            new ClientAddressSettings(null), new WebSettings(List.of("10.0.0.5", "10.1.0.0/16", "fd00::/8"), null, null));

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(none.resolve("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void aHeaderFromAnUntrustedPeerIsIgnored() {
        assertThat(behindProxy.resolve("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behindATrustedProxyTheClientIsTheLastUntrustedHop() {
        assertThat(behindProxy.resolve("10.0.0.5", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        // the client sent a forged first entry; the proxy appended the real address; a second proxy (in the /16) too
        assertThat(behindProxy.resolve("10.0.0.5", List.of("1.2.3.4, 198.51.100.1", "10.1.2.3")))
                .isEqualTo("198.51.100.1");
        // every citizen behind the proxy gets a bucket of their own
        assertThat(behindProxy.resolve("10.0.0.5", List.of("198.51.100.2"))).isEqualTo("198.51.100.2");
    }

    @Test
    void garbageStopsTheWalk() {
        assertThat(behindProxy.resolve("10.0.0.5", List.of("198.51.100.1, unknown"))).isEqualTo("10.0.0.5");
        assertThat(behindProxy.resolve("10.0.0.5", List.of("evil.example.com"))).isEqualTo("10.0.0.5");
        assertThat(behindProxy.resolve("10.0.0.5", List.of())).isEqualTo("10.0.0.5");
        assertThat(behindProxy.resolve("10.0.0.5", List.of("10.1.0.9, 10.0.0.5"))).as("only proxies").isEqualTo("10.1.0.9");
    }

    @Test
    void ipv6IsWrittenOneWayAndCountedPerSlash64() {
        assertThat(behindProxy.resolve("fd00::1", List.of("2001:DB8:0:0:0:0:0:1"))).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(ClientAddresses.bucket("2001:db8:0:0:1:2:3:4")).isEqualTo(ClientAddresses.bucket("2001:db8:0:0:ffff:0:0:1"));
        assertThat(ClientAddresses.bucket("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void theForwardedHeaderWhenConfigured() {
        ClientAddresses rfc7239 = new ClientAddresses(new ClientAddressSettings("Forwarded"), new WebSettings(List.of("10.0.0.5"), null, null));
        assertThat(rfc7239.resolve("10.0.0.5", List.of("for=1.2.3.4, for=\"[2001:db8:cafe::17]:4711\";proto=https")))
                .isEqualTo("2001:db8:cafe:0:0:0:0:17");
        assertThat(rfc7239.resolve("10.0.0.5", List.of("for=192.0.2.43:47011;by=10.0.0.5"))).isEqualTo("192.0.2.43");
        assertThat(rfc7239.resolve("10.0.0.5", List.of("for=_hidden"))).isEqualTo("10.0.0.5");
    }
}
