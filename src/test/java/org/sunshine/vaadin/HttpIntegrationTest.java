package org.sunshine.vaadin;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Vaadin and Micronaut share one Tomcat: each path goes to the right servlet. */
@MicronautTest(transactional = false)
class HttpIntegrationTest {

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void vaadinServesThePagesInChinese() throws Exception {
        HttpResponse<String> page = page("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"zh\"").contains("阳光政务监督平台");
    }

    @Test
    void micronautAnswersHealth() throws Exception {
        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void staticFilesComeOnlyFromTheClasspathWithTheirType() throws Exception {
        HttpResponse<String> icon = get("/icons/sunshine.svg");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        // Tomcat's document base is the file system root: it must never be served
        HttpResponse<String> passwd = get("/etc/passwd");
        assertThat(passwd.body()).doesNotContain("root:");
        HttpResponse<String> traversal = get("/VAADIN/../../etc/hostname");
        assertThat(traversal.statusCode()).isNotEqualTo(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> page = page("/");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
    }

    /**
     * A Vaadin page once development mode is ready: until its start-up tasks are done (seconds on a loaded machine),
     * development mode answers every page with a "Building front-end development bundle" placeholder. A release
     * build has no development mode.
     */
    private HttpResponse<String> page(String path) throws IOException, InterruptedException {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
        HttpResponse<String> page = get(path);
        while (page.body().contains("Building front-end development bundle") && System.nanoTime() < until) {
            Thread.sleep(250);
            page = get(path);
        }
        return page;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
