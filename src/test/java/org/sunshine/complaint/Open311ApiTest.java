package org.sunshine.complaint;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The Open311 GeoReport v2 style API over HTTP. */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Open311ApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    ComplaintTracking tracking;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void listsTheFourTypesAsServices() throws Exception {
        HttpResponse<String> response = get("/api/open311/v2/services.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"service_code\":\"COMPLAINT\"", "\"service_name\":\"投诉\"",
                "\"service_code\":\"INQUIRY\"", "\"metadata\":false");
    }

    @Test
    void filesARequestInChineseAndReportsItsStatusWithoutPersonalData() throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", "test-hotline-key");
        form.put("service_code", "report");
        form.put("description", "教育局网站的招生政策链接失效，已经一个月没有修复。");
        form.put("attribute[subject]", "招生政策链接失效");
        form.put("last_name", "王");
        form.put("first_name", "小明");
        form.put("phone", "13900001111");
        form.put("attribute[department]", "JYJ");
        form.put("attribute[key_area]", "JY");
        HttpResponse<String> created = post(form);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"service_request_id\":\"", "\"query_code\":\"", "\"expected_datetime\":\"");
        String id = created.body().replaceAll(".*\"service_request_id\":\"([^\"]+)\".*", "$1");
        String query = created.body().replaceAll(".*\"query_code\":\"([^\"]+)\".*", "$1");

        Complaint complaint = tracking.find(id, query, "127.0.0.9").orElseThrow();
        assertThat(complaint.getSubject()).isEqualTo("招生政策链接失效");
        assertThat(complaint.getComplainantName()).isEqualTo("王小明");
        assertThat(complaint.getChannel()).isEqualTo(Channel.API);
        assertThat(complaint.getApiClient()).isEqualTo("12345 热线测试");

        HttpResponse<String> status = get("/api/open311/v2/requests/" + id + ".json");
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"status\":\"open\"", "\"status_notes\":\"已收到，等待受理\"", "\"service_code\":\"REPORT\"")
                .doesNotContain("王小明", "13900001111", "招生政策");
    }

    @Test
    void errorsAreTheSpecsListWithTheRightStatus() throws Exception {
        HttpResponse<String> badService = post(Map.of("service_code", "PRAISE", "description", "好"));
        assertThat(badService.statusCode()).isEqualTo(400);
        assertThat(badService.body()).isEqualTo("[{\"code\":400,\"description\":\"service_code 必须是 COMPLAINT、REPORT、SUGGESTION 或 INQUIRY 之一。\"}]");
        HttpResponse<String> empty = post(Map.of("service_code", "COMPLAINT", "description", " "));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("\"code\":400", "请填写");
        HttpResponse<String> badDepartment = post(Map.of("service_code", "COMPLAINT", "description", "内容", "attribute[department]", "NOPE"));
        assertThat(badDepartment.body()).contains("没有编码为“NOPE”的在用部门");
        HttpResponse<String> badKey = post(Map.of("api_key", "stolen", "service_code", "COMPLAINT", "description", "内容"));
        assertThat(badKey.statusCode()).isEqualTo(403);
        HttpResponse<String> missing = get("/api/open311/v2/requests/20000101-000000.json");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).startsWith("[{\"code\":404,");
    }

    @Test
    void anonymousFilingIsLimitedPerAddress() throws Exception {
        int accepted = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 7; i++) {
            last = post(Map.of("service_code", "SUGGESTION", "description", "建议增加公开栏目 " + i));
            if (last.statusCode() == 201) {
                accepted++;
            }
        }
        assertThat(accepted).isEqualTo(5);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.body()).contains("一小时内最多提交 5 件");
    }

    /** Last, as it spends this address's status requests of the hour. */
    @Test
    @Order(Integer.MAX_VALUE)
    void aForwardingHeaderFromAnUntrustedPeerDoesNotEscapeTheStatusLimit() throws Exception {
        int answered = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 65; i++) {
            last = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort()
                            + "/api/open311/v2/requests/20000101-0000" + (10 + i) + ".json"))
                    .header("X-Forwarded-For", "198.51.100." + i).header("Accept-Language", "en").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (last.statusCode() == 404) {
                answered++;
            }
        }
        assertThat(answered).isLessThanOrEqualTo(60);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(last.body()).startsWith("[{\"code\":429,\"description\":\"At most 60 status requests per hour");
    }

    private HttpResponse<String> post(Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        // no charset in the content type, as curl sends it
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/api/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofString());
    }
}
