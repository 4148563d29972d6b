package org.sunshine.base.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS proxy that is configured as trusted ({@code sunshine.http.trusted-proxies}), a request the proxy
 * marks {@code X-Forwarded-Proto: https} is HTTPS: HSTS, and a {@code Secure} session cookie.
 */
@MicronautTest(transactional = false)
@Property(name = "sunshine.http.trusted-proxies", value = "127.0.0.1,::1/128")
class TrustedProxyTest {

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void httpsForwardedByATrustedProxyGetsHstsAndASecureCookie() throws Exception {
        HttpResponse<String> page = get("https");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax");
        SecurityHeadersTest.assertHeaders("/ over https", page.headers());
    }

    @Test
    void plainHttpThroughTheSameProxyStaysPlain() throws Exception {
        HttpResponse<String> page = get("http");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).doesNotContain("Secure");
    }

    private HttpResponse<String> get(String proto) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/"))
                .header("X-Forwarded-Proto", proto).build(), HttpResponse.BodyHandlers.ofString());
    }
}
