package org.sunshine.base.web;

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
 * The errors no controller sees, in the API's own format and the reader's language: Open311's list of
 * {@code {code, description}} under /api/open311, {@code {code, message}} elsewhere; never Micronaut's default body,
 * an exception's text or a class name.
 */
@MicronautTest(transactional = false)
class ApiErrorsTest {

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aWrongMethodIs405InTheFormatOfItsApi() throws Exception {
        HttpResponse<String> open311 = send("PUT", "/api/open311/v2/requests.json", "application/x-www-form-urlencoded", "a=b", "zh-CN");
        assertThat(open311.statusCode()).isEqualTo(405);
        assertThat(open311.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(open311.body()).isEqualTo("[{\"code\":405,\"description\":\"此地址不接受 PUT 请求，可用的方法：POST。\"}]");

        HttpResponse<String> calendar = send("DELETE", "/api/calendar/deadline", null, null, "en-US,en;q=0.9");
        assertThat(calendar.statusCode()).isEqualTo(405);
        assertThat(calendar.body()).isEqualTo("{\"code\":405,\"message\":\"This address does not take DELETE requests; the methods it takes: GET, HEAD.\"}");
    }

    @Test
    void aWrongContentTypeIs415InTheFormatOfItsApi() throws Exception {
        HttpResponse<String> json = send("POST", "/api/open311/v2/requests.json", "application/json", "{}", "zh-CN");
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(json.body()).startsWith("[{\"code\":415,\"description\":\"不支持的内容类型“application/json”")
                .contains("application/x-www-form-urlencoded", "multipart/form-data").endsWith("\"}]");
        HttpResponse<String> english = send("POST", "/api/open311/v2/requests.json", "text/plain", "x", "en");
        assertThat(english.body()).startsWith("[{\"code\":415,\"description\":\"The content type \\\"text/plain\\\" is not supported");
    }

    @Test
    void anUnknownAddressIs404InTheFormatOfItsApi() throws Exception {
        HttpResponse<String> open311 = send("GET", "/api/open311/v2/nothing.json", null, null, "zh-CN");
        assertThat(open311.statusCode()).isEqualTo(404);
        assertThat(open311.body()).isEqualTo("[{\"code\":404,\"description\":\"没有这个接口地址。\"}]");
        HttpResponse<String> other = send("GET", "/api/nothing", null, null, "en");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).isEqualTo("{\"code\":404,\"message\":\"There is no such API address.\"}");
    }

    @Test
    void aParameterThatIsNoNumberIs400NamingIt() throws Exception {
        for (String id : new String[]{"abc", "99999999999999999999"}) {
            HttpResponse<String> answer = send("GET", "/api/open-data/periods/" + id + "/ranking.json", null, null, "zh-CN");
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).isEqualTo("{\"code\":400,\"message\":\"参数 id 缺失或其值无效。\"}");
        }
    }

    @Test
    void absurdDatesAndNumbersInTheCalendarAre400WithAMessage() throws Exception {
        HttpResponse<String> far = send("GET", "/api/calendar/deadline?from=%2B999999999-12-31&days=10", null, null, "zh-CN");
        assertThat(far.statusCode()).isEqualTo(400);
        assertThat(far.body()).isEqualTo("{\"code\":400,\"message\":\"参数 from 必须是 1900-01-01 至 2199-12-31 之间的日期。\"}");
        HttpResponse<String> past = send("GET", "/api/calendar/deadline?from=-999999999-01-01&days=10", null, null, "en");
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.body()).contains("The parameter from must be a date from 1900-01-01 to 2199-12-31.");
        HttpResponse<String> hugeDays = send("GET", "/api/calendar/deadline?from=2026-02-12&days=99999999999999", null, null, "zh-CN");
        assertThat(hugeDays.statusCode()).isEqualTo(400);
        assertThat(hugeDays.body()).contains("参数 days 必须是 1 到 365 之间的整数");
        HttpResponse<String> notADate = send("GET", "/api/calendar/deadline?from=2026-13-45&days=10", null, null, "zh-CN");
        assertThat(notADate.statusCode()).isEqualTo(400);
        HttpResponse<String> edge = send("GET", "/api/calendar/deadline?from=2199-12-31&days=365", null, null, "zh-CN");
        assertThat(edge.statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> send(String method, String path, String type, String body, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept-Language", language);
        if (type != null) {
            request.header("Content-Type", type);
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.body()).as(path).doesNotContain("_links", "_embedded", "Exception", "io.micronaut");
        SecurityHeadersTest.assertHeaders(path, answer.headers());
        return answer;
    }
}
