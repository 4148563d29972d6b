package org.sunshine.calendar;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/calendar/deadline: the public calculator as JSON. */
@MicronautTest(transactional = false)
class DeadlineApiTest {

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void answersTheDueDateAndTheSkippedDays() throws Exception {
        HttpResponse<String> response = get("/api/calendar/deadline?from=2026-02-12&days=10", "zh-CN");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body())
                .contains("\"from\":\"2026-02-12\"", "\"days\":10", "\"due\":\"2026-03-04\"")
                .contains("{\"date\":\"2026-02-15\",\"reason\":\"HOLIDAY\",\"name\":\"春节\"}")
                .contains("{\"date\":\"2026-03-01\",\"reason\":\"WEEKEND\",\"name\":\"\"}")
                .contains("\"unloadedYears\":[]");
    }

    @Test
    void saysWhenAYearIsNotLoaded() throws Exception {
        HttpResponse<String> response = get("/api/calendar/deadline?from=2026-12-30&days=5", "zh-CN");
        assertThat(response.body()).contains("\"due\":\"2027-01-06\"", "\"unloadedYears\":[2027]", "2027年的节假日安排尚未载入");
    }

    @Test
    void badParametersAre400WithAMessage() throws Exception {
        HttpResponse<String> badDate = get("/api/calendar/deadline?from=2026-02-30&days=10", "zh-CN");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("参数 from 必须是 YYYY-MM-DD 格式的日期");
        HttpResponse<String> noDays = get("/api/calendar/deadline?from=2026-02-12", "zh-CN");
        assertThat(noDays.statusCode()).isEqualTo(400);
        assertThat(noDays.body()).contains("参数 days 必须是 1 到 365 之间的整数");
        HttpResponse<String> english = get("/api/calendar/deadline?from=2026-02-12&days=0", "en-US,en;q=0.9");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("The parameter days must be a whole number from 1 to 365");
    }

    @Test
    void theOpenApiDescriptionIsServed() throws Exception {
        HttpResponse<String> response = get("/api/openapi/sunshine-1.yml", "zh-CN");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/calendar/deadline");
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
    }
}
