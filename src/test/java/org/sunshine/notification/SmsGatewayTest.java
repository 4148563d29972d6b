package org.sunshine.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The HTTP SMS gateway adapter against a local server (the JDK's, on 127.0.0.1): what a provider receives (template
 * id, 签名, parameters, number, key) and how its answers are read: taken, refused for good, or to be tried again.
 */
class SmsGatewayTest {

    private HttpServer server;
    private final AtomicReference<String> answer = new AtomicReference<>("{\"code\":\"OK\",\"messageId\":\"m-1\"}");
    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    private final AtomicReference<Long> pause = new AtomicReference<>(0L);
    private final Map<String, String> seen = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sms/send", exchange -> {
            seen.put("method", exchange.getRequestMethod());
            seen.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            seen.put("contentType", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
            seen.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            try {
                Thread.sleep(pause.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] out = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                exchange.getResponseBody().write(out);
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private SmsGateway gateway(String url) {
        return new SmsGateway(new GatewaySettings(url, "office-key-123", "盘锦市政务公开",
                List.of("test:SMS_900001", "complaint.accepted:SMS_900002"), Duration.ofMillis(500),
                Duration.ofMillis(700)));
    }

    private SmsGateway gateway() {
        return gateway("http://127.0.0.1:" + server.getAddress().getPort() + "/sms/send");
    }

    private static OutboxMessage sms(String template, List<String> args) {
        Instant now = Instant.parse("2026-03-02T02:00:00Z");
        return new OutboxMessage(42, "complaint:step:1", Channel.SMS, "13900001111", template, "zh-CN", args, false,
                null, "您的诉求已受理。 回T退订", OutboxState.PENDING, null, null, null, 1, now, null, now, null, now);
    }

    @Test
    void theProviderReceivesTemplateSignParametersAndNumber() throws IOException {
        assertThat(gateway().send(sms("complaint.accepted", List.of("TS20260302-000123", "市民政局"))))
                .contains("m-1");

        assertThat(seen.get("method")).isEqualTo("POST");
        assertThat(seen.get("authorization")).isEqualTo("Bearer office-key-123");
        assertThat(seen.get("contentType")).isEqualTo("application/json; charset=UTF-8");
        JsonNode body = new ObjectMapper().readTree(seen.get("body"));
        assertThat(body.get("phone").asText()).isEqualTo("13900001111");
        assertThat(body.get("signName").asText()).isEqualTo("盘锦市政务公开");
        assertThat(body.get("templateId").asText()).isEqualTo("SMS_900002");
        assertThat(body.get("params")).hasSize(2);
        assertThat(body.get("params").get(1).asText()).isEqualTo("市民政局");
        assertThat(body.get("outId").asText()).isEqualTo("sunshine-42");
    }

    @Test
    void answersWithoutACodeOrWithZeroAreTaken() {
        answer.set("");
        assertThat(gateway().send(sms("test", List.of("x")))).isEmpty();
        answer.set("{\"code\":0,\"bizId\":\"b-7\"}");
        assertThat(gateway().send(sms("test", List.of("x")))).contains("b-7");
    }

    @Test
    void aRefusedRequestIsPermanentAndAServerErrorIsTriedAgain() {
        status.set(400);
        answer.set("{\"code\":\"isv.MOBILE_NUMBER_ILLEGAL\"}");
        assertThatThrownBy(() -> gateway().send(sms("test", List.of("x"))))
                .isInstanceOfSatisfying(Provider.SendFailure.class, f -> {
                    assertThat(f.permanent()).isTrue();
                    assertThat(f.getMessage()).contains("HTTP 400").contains("MOBILE_NUMBER_ILLEGAL");
                });
        for (int transientStatus : new int[] {429, 500, 503}) {
            status.set(transientStatus);
            assertThatThrownBy(() -> gateway().send(sms("test", List.of("x"))))
                    .isInstanceOfSatisfying(Provider.SendFailure.class, f -> assertThat(f.permanent()).isFalse());
        }
        status.set(200);
        answer.set("{\"code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"message\":\"too many\"}");
        assertThatThrownBy(() -> gateway().send(sms("test", List.of("x"))))
                .isInstanceOfSatisfying(Provider.SendFailure.class, f -> {
                    assertThat(f.permanent()).isFalse();
                    assertThat(f.getMessage()).contains("BUSINESS_LIMIT_CONTROL").contains("too many");
                });
    }

    @Test
    void aSlowOrAbsentGatewayFailsWithinItsTimeouts() throws IOException {
        pause.set(3000L);
        long started = System.nanoTime();
        assertThatThrownBy(() -> gateway().send(sms("test", List.of("x"))))
                .isInstanceOfSatisfying(Provider.SendFailure.class, f -> {
                    assertThat(f.permanent()).isFalse();
                    assertThat(f.getMessage()).startsWith("timeout");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> gateway("http://127.0.0.1:" + closedPort + "/sms/send").send(sms("test", List.of())))
                .isInstanceOfSatisfying(Provider.SendFailure.class, f -> assertThat(f.permanent()).isFalse());
    }

    @Test
    void aTemplateWithoutAnIdIsNotSent() {
        assertThatThrownBy(() -> gateway().send(sms("finding.confirmed", List.of())))
                .isInstanceOfSatisfying(Provider.SendFailure.class, f -> assertThat(f.permanent()).isTrue());
        assertThat(seen).isEmpty();
    }
}
