package org.sunshine.complaint;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 12345 hotline retries a ticket whose answer it lost (issue 14, item 11): the same key and ticket id again gets
 * the first complaint back — same request id, same query code — and never files a second, one after the other or
 * eight at the same moment. Over HTTP, committed.
 */
@MicronautTest(transactional = false)
class PartnerRetryTest {

    private static final String KEY = "test-hotline-key";

    @Inject
    EmbeddedServer server;
    @Inject
    ComplaintTracking tracking;
    @Inject
    DataSource dataSource;
    @Inject
    ComplaintIntake intake;
    @Inject
    PartnerFiling filing;
    @Inject
    TransactionOperations<Connection> transactions;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRetriedTicketReturnsTheFirstComplaint() throws Exception {
        String ticket = "12345-" + UUID.randomUUID();
        HttpResponse<String> first = post(ticket("李四反映公示栏长期未更新", ticket));
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.body()).contains("\"partner_ticket_id\":\"" + ticket + "\"");
        HttpResponse<String> again = post(ticket("李四反映公示栏长期未更新", ticket));
        assertThat(again.statusCode()).as("a repeat, not a new request").isEqualTo(200);
        assertThat(field(again, "service_request_id")).isEqualTo(field(first, "service_request_id"));
        assertThat(field(again, "query_code")).isEqualTo(field(first, "query_code"));
        HttpResponse<String> changed = post(ticket("同一工单，内容不同", ticket));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(field(changed, "service_request_id")).isEqualTo(field(first, "service_request_id"));
        assertThat(stored(ticket)).isEqualTo(1);

        Complaint complaint = tracking.find(field(first, "service_request_id"), field(again, "query_code"), "127.0.0.9").orElseThrow();
        assertThat(complaint.getSubject()).isEqualTo("李四反映公示栏长期未更新");
        assertThat(complaint.getPartnerTicketId()).isEqualTo(ticket);
        assertThat(complaint.getApiClient()).isEqualTo("12345 热线测试");

        HttpResponse<String> other = post(ticket("另一张工单", ticket + "-2"));
        assertThat(other.statusCode()).isEqualTo(201);
        assertThat(field(other, "service_request_id")).isNotEqualTo(field(first, "service_request_id"));
    }

    @Test
    void eightIdenticalRequestsAtTheSameMomentFileOneComplaint() throws Exception {
        String ticket = "12345-" + UUID.randomUUID();
        Map<String, String> form = ticket("八个同时到达的重发请求", ticket);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> {
                    start.await();
                    return post(form);
                });
            }
            List<Future<HttpResponse<String>>> futures = calls.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<HttpResponse<String>> f : futures) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(answers.stream().map(a -> field(a, "service_request_id")).distinct()).hasSize(1);
        assertThat(answers.stream().map(a -> field(a, "query_code")).distinct()).hasSize(1);
        assertThat(stored(ticket)).isEqualTo(1);
    }

    /**
     * The race itself, made certain: the first filing has inserted but not committed when the repeat arrives; the
     * repeat finds nothing yet, its insert waits on the unique key, is refused once the first commits, and answers
     * with the first.
     */
    @Test
    void aRepeatThatRacesTheFirstInsertWaitsAndAnswersWithTheFirst() throws Exception {
        String ticket = "12345-" + UUID.randomUUID();
        PartnerTicket partner = new PartnerTicket("12345 热线测试", ticket, KEY);
        Submission submission = new Submission(ComplaintType.COMPLAINT, null, null, "竞争", "两个请求同时到达", "", "", false, List.of());
        ComplaintIntake.Origin origin = new ComplaintIntake.Origin(Channel.API, "127.0.0.1", "12345 热线测试", null);
        CountDownLatch inserted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Receipt> first = pool.submit(() -> transactions.executeWrite(status -> {
                Receipt receipt = intake.submit(submission, origin, partner);
                inserted.countDown();
                waitForALockWait();
                return receipt;
            }));
            inserted.await();
            Future<PartnerFiling.Filed> repeat = pool.submit(() -> filing.file(submission, origin, partner));
            assertThat(repeat.get().repeated()).isTrue();
            assertThat(repeat.get().receipt().trackingCode()).isEqualTo(first.get().trackingCode());
            assertThat(repeat.get().receipt().queryCode()).isEqualTo(first.get().queryCode());
        } finally {
            pool.shutdown();
        }
        assertThat(stored(ticket)).isEqualTo(1);
    }

    /**
     * Until another transaction waits for a lock (the repeat's insert, on the first one's key), 10 s at most. Should
     * the repeat come later, the first commits anyway: the repeat then finds it, or is refused by the key at once.
     */
    private void waitForALockWait() {
        try (Connection connection = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getConnection();
             PreparedStatement waiting = connection.prepareStatement(
                     "SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'")) {
            for (int i = 0; i < 200; i++) {
                try (ResultSet r = waiting.executeQuery()) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTicketIdNeedsAKeyAndAPlainForm() throws Exception {
        Map<String, String> anonymous = ticket("没有密钥", "12345-anonymous");
        anonymous.remove("api_key");
        HttpResponse<String> noKey = post(anonymous);
        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(noKey.body()).isEqualTo("[{\"code\":400,\"description\":\"只有带 api_key 的合作方可以提交 partner_ticket_id。\"}]");
        HttpResponse<String> spaces = post(ticket("工单号有空格", "12345 0001"));
        assertThat(spaces.statusCode()).isEqualTo(400);
        assertThat(spaces.body()).contains("partner_ticket_id 须为 1 至 64 个可打印的 ASCII 字符");
        assertThat(post(ticket("工单号太长", "x".repeat(65))).statusCode()).isEqualTo(400);
        assertThat(stored("12345 0001") + stored("12345-anonymous")).isZero();

        HttpResponse<String> openApi = http.send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + server.getPort() + "/api/openapi/sunshine-1.yml")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(openApi.body()).contains("partner_ticket_id", "\"200\":", "\"503\":");
    }

    private static Map<String, String> ticket(String description, String ticket) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", KEY);
        form.put("service_code", "COMPLAINT");
        form.put("description", description);
        form.put("partner_ticket_id", ticket);
        return form;
    }

    private long stored(String ticket) throws Exception {
        try (Connection connection = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM complaint WHERE partner_ticket_id = ?")) {
            count.setString(1, ticket);
            try (ResultSet r = count.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String field(HttpResponse<String> response, String name) {
        return response.body().replaceAll(".*\"" + name + "\":\"([^\"]+)\".*", "$1");
    }

    private HttpResponse<String> post(Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/api/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
