package org.sunshine.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * SMS through an HTTP gateway, as Chinese providers require: not a free text but the provider's template id, the
 * office's approved signature (签名) and the template's parameters, for one mobile number. One {@code POST} of JSON
 * <pre>{"phone":"13900001111","signName":"…","templateId":"SMS_123456","params":["…"],"outId":"sunshine-42"}</pre>
 * with {@code Authorization: Bearer <key>}; {@code outId} names the outbox row, so a provider that drops repeated
 * ids never delivers one message twice. Taken: a 2xx answer whose JSON {@code code} is absent, {@code OK} or
 * {@code 0}; its {@code messageId} (or {@code bizId}) is kept. A 4xx other than 408 and 429 is a permanent failure
 * (the request itself is wrong); a 5xx, 408, 429, another {@code code}, a timeout or a network error is tried again.
 */
@Singleton
class SmsGateway implements Provider {

    static final String NAME = "GATEWAY";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GatewaySettings settings;
    private final HttpClient client;

    SmsGateway(GatewaySettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> send(OutboxMessage message) {
        String templateId = settings.templateId(message.template())
                .orElseThrow(() -> new SendFailure("no gateway template id for " + message.template(), true));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url()))
                .timeout(settings.readTimeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Authorization", "Bearer " + (settings.key() == null ? "" : settings.key()))
                .POST(HttpRequest.BodyPublishers.ofString(body(message, templateId), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new SendFailure("timeout: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SendFailure(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendFailure("interrupted", e);
        }
        return taken(response.statusCode(), response.body());
    }

    String body(OutboxMessage message, String templateId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("phone", message.recipient());
        body.put("signName", settings.signName() == null ? "" : settings.signName());
        body.put("templateId", templateId);
        message.args().forEach(body.putArray("params")::add);
        if (message.args().isEmpty()) {
            body.putArray("params");
        }
        body.put("outId", "sunshine-" + message.id());
        return body.toString();
    }

    /** The provider's message id when the answer says the message was taken; otherwise a {@link SendFailure}. */
    static Optional<String> taken(int status, String text) {
        if (status < 200 || status > 299) {
            boolean permanent = status >= 400 && status < 500 && status != 408 && status != 429;
            throw new SendFailure("HTTP " + status + brief(text), permanent);
        }
        JsonNode answer;
        try {
            answer = text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (IOException e) {
            answer = JSON.createObjectNode();
        }
        String code = answer.path("code").asText("");
        if (!code.isEmpty() && !code.equalsIgnoreCase("OK") && !code.equals("0")) {
            throw new SendFailure("code " + code + " " + answer.path("message").asText(""), false);
        }
        String id = answer.path("messageId").asText(answer.path("bizId").asText(""));
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    private static String brief(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return ": " + (oneLine.length() > 200 ? oneLine.substring(0, 200) : oneLine);
    }
}
