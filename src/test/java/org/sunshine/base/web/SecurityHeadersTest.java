package org.sunshine.base.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker sees in the headers and error pages: every answer — a Vaadin page, a static file, an API answer,
 * an API error, Tomcat's own error page for a malformed address — carries the security headers; no answer names
 * the server or its version; nobody who is not a trusted proxy can claim HTTPS.
 */
@MicronautTest(transactional = false)
class SecurityHeadersTest {

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyKindOfAnswerCarriesTheHeaders() throws Exception {
        for (String path : List.of("/", "/submit", "/icons/sunshine.svg", "/echarts/echarts.min.js",
                "/api/calendar/deadline?from=2026-02-12&days=10", "/api/open311/v2/services.json", "/health",
                "/api/no-such-thing", "/VAADIN/no-such-file.js")) {
            HttpResponse<String> answer = get(path, null);
            assertHeaders(path, answer.headers());
            assertThat(answer.headers().firstValue("Strict-Transport-Security")).as(path + ": plain HTTP gets no HSTS").isEmpty();
        }
    }

    @Test
    void thePolicyIsTheOneVaadinDocumentsAndNoMore() throws Exception {
        String policy = get("/", null).headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                "frame-ancestors 'none'");
        assertThat(policy).doesNotContain("*", "http:", "https:");
    }

    @Test
    void tomcatsOwnErrorPagesNameNoServerAndCarryTheHeaders() throws Exception {
        for (String request : List.of("GET /%zz HTTP/1.1", "GET /VAADIN/../../etc/hostname HTTP/1.1", "GET /a b HTTP/1.1",
                "TRACE / HTTP/1.1", "GET /api/%zz HTTP/1.1")) {
            String answer = raw(request + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(request).startsWith("HTTP/1.1 4");
            assertThat(answer.toLowerCase()).as(request).doesNotContain("tomcat", "apache", "exception", "org.apache")
                    .doesNotContain("\nserver:").contains("content-security-policy: ", "x-content-type-options: nosniff");
        }
    }

    @Test
    void noAnswerNamesTheServer() throws Exception {
        for (String path : List.of("/", "/api/no-such-thing", "/api/calendar/deadline?from=%2B999999999-12-31&days=5")) {
            HttpResponse<String> answer = get(path, null);
            assertThat(answer.headers().firstValue("Server")).as(path).isEmpty();
            assertThat(answer.headers().firstValue("X-Powered-By")).as(path).isEmpty();
            assertThat(answer.body()).as(path).doesNotContainIgnoringCase("tomcat").doesNotContain("Exception");
        }
    }

    @Test
    void anUntrustedClientCannotClaimHttps() throws Exception {
        HttpResponse<String> page = get("/", "https");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    static void assertHeaders(String path, HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(p -> assertThat(p).contains("default-src 'self'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
        assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
    }

    private HttpResponse<String> get(String path, String forwardedProto) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", server.getPort())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
