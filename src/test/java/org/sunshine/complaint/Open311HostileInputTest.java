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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Control characters and text direction overrides sent to the Open311 API are refused with a 400 in the API's
 * format that says which field, and nothing is stored; so are texts too long for their field.
 */
@MicronautTest(transactional = false)
class Open311HostileInputTest {

    @Inject
    EmbeddedServer server;
    @Inject
    ComplaintRepository complaints;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void controlCharactersAndDirectionOverridesInTheSubjectAreRefusedAndNothingIsStored() throws Exception {
        long before = complaints.count();
        for (String subject : new String[]{"响铃\u0007", "转义\u001B[31m红字", "垂直\u000B制表", "gpj.\u202Eexe", "隔离\u2066文字\u2069",
                "两行\n标题"}) {
            HttpResponse<String> answer = post(form(subject, "正常的内容。"), "zh-CN");
            assertThat(answer.statusCode()).as(subject).isEqualTo(400);
            assertThat(answer.body()).as(subject).startsWith("[{\"code\":400,\"description\":\"“标题”");
        }
        HttpResponse<String> english = post(form("bell\u0007", "content"), "en");
        assertThat(english.body()).isEqualTo("[{\"code\":400,\"description\":\"\\\"Subject\\\" contains characters that are not "
                + "allowed (control characters or text direction controls); please remove them and submit again.\"}]");
        HttpResponse<String> inContent = post(form("正常标题", "内容\u202E反向"), "zh-CN");
        assertThat(inContent.statusCode()).isEqualTo(400);
        assertThat(inContent.body()).contains("“具体内容”中含有不允许的字符");
        assertThat(complaints.count()).isEqualTo(before);
    }

    @Test
    void aMultiLineContentKeepsItsLineBreaks() throws Exception {
        HttpResponse<String> answer = post(form("分两段的内容", "第一段。\r\n\t第二段。"), "zh-CN");
        assertThat(answer.statusCode()).isEqualTo(201);
    }

    @Test
    void overLongFieldsAreRefusedBeforeAnythingIsWritten() throws Exception {
        long before = complaints.count();
        HttpResponse<String> subject = post(form("长".repeat(201), "内容"), "zh-CN");
        assertThat(subject.statusCode()).isEqualTo(400);
        Map<String, String> longName = form("标题", "内容");
        longName.put("last_name", "名".repeat(61));
        assertThat(post(longName, "zh-CN").statusCode()).isEqualTo(400);
        HttpResponse<String> content = post(form("标题", "长".repeat(5001)), "zh-CN");
        assertThat(content.statusCode()).isEqualTo(400);
        assertThat(complaints.count()).isEqualTo(before);
    }

    private static Map<String, String> form(String subject, String description) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", "test-hotline-key");
        form.put("service_code", "complaint");
        form.put("description", description);
        form.put("attribute[subject]", subject);
        return form;
    }

    private HttpResponse<String> post(Map<String, String> form, String language) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/api/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
