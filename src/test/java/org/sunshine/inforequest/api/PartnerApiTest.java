package org.sunshine.inforequest.api;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.inforequest.ConsultationKind;
import org.sunshine.inforequest.PartnerRequests;
import org.sunshine.inforequest.ReplyForm;
import org.sunshine.inforequest.ReplyResult;
import org.sunshine.inforequest.RequestHandling;
import org.sunshine.inforequest.RequestPauses;
import org.sunshine.inforequest.RequestTracking;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provincial platform's API over HTTP, committed: filing with its key, a retry (also two at the same moment)
 * answered with the first application, wrong keys, bad fields named, another partner's application not found, the
 * status with the clock's pause and the result, and the documents' download.
 */
@MicronautTest(transactional = false)
class PartnerApiTest {

    private static final String KEY = "test-province-key";

    @Inject
    EmbeddedServer server;
    @Inject
    RequestHandling handling;
    @Inject
    RequestPauses pauses;
    @Inject
    PartnerRequests partners;
    @Inject
    UserRepository users;
    @Inject
    RequestTracking tracking;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPartnerFilesAndARetryGetsTheFirstApplication() throws Exception {
        String ticket = "GD-" + UUID.randomUUID();
        HttpResponse<String> first = post(application(ticket, "2025年度城乡低保资金发放明细"), KEY, "zh");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(field(first, "state")).isEqualTo("SUBMITTED");
        assertThat(field(first, "state_label")).isEqualTo("待登记");
        assertThat(field(first, "partner_ticket_id")).isEqualTo(ticket);
        assertThat(field(first, "query_code")).isNotEmpty();
        HttpResponse<String> again = post(application(ticket, "内容不同的同一工单"), KEY, "zh");
        assertThat(again.statusCode()).as("a repeat, not a new application").isEqualTo(200);
        assertThat(field(again, "number")).isEqualTo(field(first, "number"));
        assertThat(field(again, "query_code")).isEqualTo(field(first, "query_code"));
        HttpResponse<String> other = post(application(ticket + "-2", "另一件申请"), KEY, "zh");
        assertThat(other.statusCode()).isEqualTo(201);
        assertThat(field(other, "number")).isNotEqualTo(field(first, "number"));
    }

    @Test
    void twoIdenticalPostsAtTheSameMomentFileOneApplication() throws Exception {
        String ticket = "GD-" + UUID.randomUUID();
        String body = application(ticket, "两个同时到达的重发请求");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return post(body, KEY, "zh");
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> f : futures) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 201);
        assertThat(answers.stream().map(a -> field(a, "number")).distinct()).hasSize(1);
        assertThat(answers.stream().map(a -> field(a, "query_code")).distinct()).hasSize(1);
    }

    @Test
    void aWrongKeyIs401AndBadFieldsAre400OnTheirFields() throws Exception {
        HttpResponse<String> wrong = post(application("GD-" + UUID.randomUUID(), "无效的密钥"), "no-such-key", "zh");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(field(wrong, "message")).contains("api_key");
        HttpResponse<String> none = get("/applications/YS20260101-000001", null, "zh");
        assertThat(none.statusCode()).isEqualTo(401);

        String badId = application("GD-" + UUID.randomUUID(), "身份证号错误").replace(PartnerApiTestData.residentId(), "110105194912310021");
        HttpResponse<String> id = post(badId, KEY, "zh");
        assertThat(id.statusCode()).isEqualTo(400);
        assertThat(field(id, "field")).isEqualTo("id_number");
        assertThat(field(id, "message")).contains("居民身份证号码不正确");

        String badChoice = application("GD-" + UUID.randomUUID(), "载体形式错误").replace("\"PAPER\"", "\"FLOPPY\"");
        HttpResponse<String> choice = post(badChoice, KEY, "en");
        assertThat(choice.statusCode()).isEqualTo(400);
        assertThat(field(choice, "field")).isEqualTo("form_wanted");
        assertThat(field(choice, "message")).contains("PAPER, EMAIL, DISC, OTHER");

        String noTicket = application("", "没有工单号");
        HttpResponse<String> ticket = post(noTicket, KEY, "zh");
        assertThat(ticket.statusCode()).isEqualTo(400);
        assertThat(field(ticket, "field")).isEqualTo("partner_ticket_id");

        HttpResponse<String> organ = post(application("GD-" + UUID.randomUUID(), "机关错误").replace("\"MZJ\"", "\"NOPE\""), KEY, "en");
        assertThat(organ.statusCode()).isEqualTo(400);
        assertThat(field(organ, "field")).isEqualTo("organ");
        assertThat(field(organ, "message")).contains("NOPE");

        HttpResponse<String> unreadable = post("{not json", KEY, "zh");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.body()).contains("\"code\":400").contains("\"message\"");
    }

    @Test
    void anotherPartnersApplicationIsNotFound() throws Exception {
        HttpResponse<String> filed = post(application("GD-" + UUID.randomUUID(), "只给本平台看"), KEY, "zh");
        String number = field(filed, "number");
        assertThat(get("/applications/" + number, KEY, "zh").statusCode()).isEqualTo(200);
        assertThat(partners.status("另一平台", number)).as("another partner's application").isEmpty();
        assertThat(get("/applications/YS19990101-000000", KEY, "zh").statusCode()).isEqualTo(404);
        assertThat(get("/applications/" + number + "/documents/999999999", KEY, "zh").statusCode()).isEqualTo(404);
    }

    @Test
    void theStatusShowsThePauseTheResultAndTheDocuments() throws Exception {
        HttpResponse<String> filed = post(application("GD-" + UUID.randomUUID(), "某小区规划许可证及附图"), KEY, "zh");
        String number = field(filed, "number");
        long id = tracking.open(number, field(filed, "query_code")).orElseThrow();
        SignedInUser handler = staff("handler");
        handling.register(id, handler);
        long letter = pauses.consult(id, ConsultationKind.THIRD_PARTY, "某房地产公司", "是否同意公开附图", handler);
        pauses.answer(id, letter, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), "同意公开", handler);
        handling.reply(id, new ReplyForm(ReplyResult.PARTIAL, "《条例》第三十七条", "附图涉及第三方商业秘密",
                "附图第3页", null, null, "电子邮件发送", List.of()), handler);

        HttpResponse<String> status = get("/applications/" + number, KEY, "en");
        assertThat(status.statusCode()).isEqualTo(200);
        String body = status.body();
        assertThat(field(status, "state")).isEqualTo("REPLIED");
        assertThat(field(status, "state_label")).isEqualTo(english("inforequest.state.REPLIED"));
        assertThat(body).contains("\"received_on\":\"").contains("\"reply_due\":\"");
        assertThat(body).contains("\"pauses\":[{\"kind\":\"THIRD_PARTY\"").contains("\"answered\":true");
        assertThat(body).contains("\"result\":{\"code\":\"PARTIAL\"").contains("\"row\":\"2\"");
        assertThat(body).contains("\"kind\":\"RECEIPT\"").contains("\"kind\":\"REPLY\"");
        assertThat(body).doesNotContain(PartnerApiTestData.residentId()).doesNotContain("张三");

        Matcher download = Pattern.compile("\"sha256\":\"([0-9a-f]{64})\",\"size_bytes\":\\d+,\"download\":\"([^\"]+)\"")
                .matcher(body);
        assertThat(download.find()).isTrue();
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(uri(download.group(2).replace("/api/disclosure/v1", "")
                + "?api_key=" + KEY)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body())))
                .isEqualTo(download.group(1));
    }

    @Test
    void theApiIsInTheOpenApiDescription() throws Exception {
        HttpResponse<String> yml = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort()
                + "/api/openapi/sunshine-1.yml")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(yml.statusCode()).isEqualTo(200);
        assertThat(yml.body()).contains("/api/disclosure/v1/applications:", "/api/disclosure/v1/applications/{number}:",
                "/api/disclosure/v1/applications/{number}/documents/{id}:", "partner_ticket_id", "DisclosureStatus");
    }

    // --- helpers

    @Inject
    org.sunshine.base.i18n.Messages messages;

    private String english(String key) {
        return messages.getTranslation(key, org.sunshine.base.i18n.Messages.ENGLISH);
    }

    private SignedInUser staff(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }

    static String application(String ticket, String description) {
        return """
                {"partner_ticket_id": "%s", "organ": "MZJ", "applicant_kind": "PERSON", "name": "张三",
                 "id_type": "RESIDENT_ID", "id_number": "%s", "phone": "13800000000",
                 "address": "盘锦市兴隆台区某路1号", "description": "%s", "form_wanted": "PAPER", "delivery": "POST"}
                """.formatted(ticket, PartnerApiTestData.residentId(), description);
    }

    private HttpResponse<String> post(String json, String key, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/applications?api_key=" + key))
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String key, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path + (key == null ? "" : "?api_key=" + key)))
                .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.getPort() + "/api/disclosure/v1" + path);
    }

    static String field(HttpResponse<String> response, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(response.body());
        return m.find() ? m.group(1) : "";
    }
}
