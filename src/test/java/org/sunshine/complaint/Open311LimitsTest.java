package org.sunshine.complaint;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's limits over HTTP, behind a trusted proxy (the test's own address, 127.0.0.1): each client behind it is
 * counted on its own, and a client over its limit gets 429 with {@code Retry-After} in the Open311 error format.
 */
@MicronautTest(transactional = false)
@Property(name = "sunshine.http.trusted-proxies", value = "127.0.0.1")
@Property(name = "sunshine.complaints.status-requests-per-hour", value = "5")
class Open311LimitsTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void statusRequestsAreLimitedPerClientWith429AndRetryAfter() {
        for (int i = 0; i < 5; i++) {
            assertThat(status("20260101-00000" + i, "198.51.100.10", null).code()).isEqualTo(404);
        }
        Answer refused = status("20260101-000009", "198.51.100.10", null);
        assertThat(refused.code()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(3500L, 3600L);
        assertThat(refused.body()).isEqualTo("[{\"code\":429,\"description\":\"同一网络地址一小时内最多查询 5 次，请 60 分钟后再试。\"}]");

        assertThat(status("20260101-000009", "198.51.100.11", null).code()).as("another citizen behind the proxy").isEqualTo(404);
        assertThat(status("20260101-000009", "198.51.100.10", "test-hotline-key").code()).as("a partner's key").isEqualTo(404);
    }

    @Test
    void filingIsLimitedPerClientBehindTheProxy() {
        for (int i = 0; i < 5; i++) {
            assertThat(file("203.0.113.20", "建议 " + i).code()).isEqualTo(201);
        }
        Answer refused = file("203.0.113.20", "第六件");
        assertThat(refused.code()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.body()).startsWith("[{\"code\":429,\"description\":\"同一网络地址一小时内最多提交 5 件诉求");

        Answer bad = file("203.0.113.21", " ");
        assertThat(bad.code()).isEqualTo(400);
        for (int i = 0; i < 5; i++) {
            assertThat(file("203.0.113.21", "另一位 " + i).code()).as("a refused request does not count").isEqualTo(201);
        }
    }

    private Answer status(String id, String client, String apiKey) {
        String uri = "/api/open311/v2/requests/" + id + ".json" + (apiKey == null ? "" : "?api_key=" + apiKey);
        return exchange(HttpRequest.GET(uri).header("X-Forwarded-For", client).header("Accept-Language", "zh-CN"));
    }

    private Answer file(String client, String description) {
        return exchange(HttpRequest.POST("/api/open311/v2/requests.json",
                        Map.of("service_code", "SUGGESTION", "description", description))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("X-Forwarded-For", client).header("Accept-Language", "zh-CN"));
    }

    private record Answer(int code, String body, HttpResponse<?> response) {
        String header(String name) {
            return response.getHeaders().get(name);
        }
    }

    private Answer exchange(HttpRequest<?> request) {
        try {
            HttpResponse<String> response = http.toBlocking().exchange(request, Argument.STRING, Argument.STRING);
            return new Answer(response.code(), response.body(), response);
        } catch (HttpClientResponseException e) {
            return new Answer(e.getResponse().code(), e.getResponse().getBody(String.class).orElse(""), e.getResponse());
        }
    }
}
