package org.sunshine.complaint;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Open311's {@code email}: the complainant is told of each step there, in the language the request was sent in. */
@MicronautTest(transactional = false)
class Open311EmailTest {

    @Inject
    EmbeddedServer server;
    @Inject
    ComplaintTracking tracking;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAddressIsKeptWithTheLanguageOfTheRequest() throws Exception {
        HttpResponse<String> created = post(Map.of("api_key", "test-hotline-key", "service_code", "INQUIRY",
                "description", "Where are the subsistence allowance lists published?", "email", "li.si@example.com"), "en-GB");
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.body().replaceAll(".*\"service_request_id\":\"([^\"]+)\".*", "$1");
        String query = created.body().replaceAll(".*\"query_code\":\"([^\"]+)\".*", "$1");
        Complaint complaint = tracking.find(id, query, "127.0.0.9").orElseThrow();
        assertThat(complaint.getComplainantEmail()).isEqualTo("li.si@example.com");
        assertThat(complaint.getFilingLanguage()).isEqualTo("en");

        HttpResponse<String> status = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort()
                + "/api/open311/v2/requests/" + id + ".json?api_key=test-hotline-key")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(status.body()).as("no personal data in the status").doesNotContain("li.si", "example.com");
    }

    @Test
    void withoutALanguageTheNoticesAreInChinese() throws Exception {
        HttpResponse<String> created = post(Map.of("api_key", "test-hotline-key", "service_code", "COMPLAINT",
                "description", "低保名单没有公示。", "email", "wang@example.com"), null);
        String id = created.body().replaceAll(".*\"service_request_id\":\"([^\"]+)\".*", "$1");
        String query = created.body().replaceAll(".*\"query_code\":\"([^\"]+)\".*", "$1");
        assertThat(tracking.find(id, query, "127.0.0.9").orElseThrow().getFilingLanguage()).isNull();
    }

    @Test
    void aWrongAddressIsA400InTheCallersLanguage() throws Exception {
        HttpResponse<String> chinese = post(Map.of("api_key", "test-hotline-key", "service_code", "COMPLAINT",
                "description", "低保名单没有公示。", "email", "wang@example"), "zh-CN");
        assertThat(chinese.statusCode()).isEqualTo(400);
        assertThat(chinese.body()).isEqualTo("[{\"code\":400,\"description\":\"电子邮箱格式不正确，应形如 name@example.com，最多 100 个字符。\"}]");
        HttpResponse<String> english = post(Map.of("api_key", "test-hotline-key", "service_code", "COMPLAINT",
                "description", "The lists are not published.", "email", "wang at example.com"), "en");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("This is not an e-mail address");
    }

    private HttpResponse<String> post(Map<String, String> form, String language) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort()
                        + "/api/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
