package org.sunshine.complaint;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sunshine.testing.DatabaseProxy;
import org.sunshine.testing.FixedChallenges;
import org.sunshine.testing.UiTest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The database goes away while the public files (issue 14, item 10): the application reaches it through a relay that
 * the test cuts as a crash would — open connections dropped, new ones refused — and restores on the same address.
 * The API answers 503 with Retry-After in its error format and the caller's language, never 500; the form says so
 * and keeps what was typed; both work again once the database is back, without a restart.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest extends UiTest implements TestPropertyProvider {

    private DatabaseProxy database;

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        database = DatabaseProxy.toTestDatabase();
        // a short wait for a connection keeps the test quick; the application's default is 5 s
        return Map.of("datasources.default.url", database.url(), "datasources.default.connection-timeout", "1500");
    }

    @AfterEach
    void databaseIsBack() throws IOException {
        database.restore();
    }

    @Test
    void theApiAnswers503WithRetryAfterInItsFormatAndRecoversByItself() throws Exception {
        Map<String, String> form = Map.of("service_code", "COMPLAINT", "description", "停电期间提交的诉求",
                "api_key", "test-hotline-key");
        database.cut();
        long started = System.nanoTime();
        HttpResponse<String> down = post(form, "zh-CN");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(down.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(down.body()).isEqualTo("[{\"code\":503,\"description\":\"数据库暂时无法连接，本次请求未能完成，请在 30 秒后重新发送（带 partner_ticket_id 重发的工单不会重复受理）。\"}]");
        assertThat((System.nanoTime() - started) / 1_000_000).as("answered within a few seconds").isLessThan(10_000);
        HttpResponse<String> english = post(form, "en");
        assertThat(english.statusCode()).isEqualTo(503);
        assertThat(english.body()).contains("\"code\":503", "The database cannot be reached just now");
        HttpResponse<String> status = get("/api/open311/v2/requests/20260101-000001.json");
        assertThat(status.statusCode()).isEqualTo(503);
        assertThat(status.headers().firstValue("Retry-After")).hasValue("30");

        database.restore();
        // the pool reconnects by itself within seconds; until then the answer stays 503
        HttpResponse<String> back = post(form, "zh-CN");
        for (long until = System.nanoTime() + 20_000_000_000L; back.statusCode() == 503 && System.nanoTime() < until; ) {
            Thread.sleep(250);
            back = post(form, "zh-CN");
        }
        assertThat(back.statusCode()).as(back.body()).isEqualTo(201);
        assertThat(back.body()).contains("\"service_request_id\":\"");
    }

    @Test
    void theFormSaysTheDatabaseIsDownAndKeepsWhatWasTyped() throws Exception {
        navigate("submit");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ComplaintType> type = _get(RadioButtonGroup.class, spec -> spec.withId("complaint-type"));
        _setValue(type, ComplaintType.COMPLAINT);
        TextField subject = _get(TextField.class, spec -> spec.withId("complaint-subject"));
        TextArea content = _get(TextArea.class, spec -> spec.withId("complaint-content"));
        TextField name = _get(TextField.class, spec -> spec.withId("complaint-name"));
        _setValue(subject, "停电时填写的诉求");
        _setValue(content, "写了很长的一段话，数据库断了也不能丢。");
        _setValue(name, "李四");
        _setValue(_get(TextField.class, spec -> spec.withId("captcha-answer")), FixedChallenges.ANSWER);
        Button submit = _get(Button.class, spec -> spec.withId("complaint-submit"));
        clearNotifications();

        database.cut();
        Throwable failure = catchThrowable(() -> _click(submit));
        assertThat(failure).as("the filing fails").isNotNull();
        // what Vaadin does with an exception from a click: the session's error handler
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
        expectNotifications("系统暂时无法连接数据库，本次操作未能完成。您在页面上填写的内容仍然保留，请稍后再试一次。");
        assertThat(type.getValue()).isEqualTo(ComplaintType.COMPLAINT);
        assertThat(subject.getValue()).isEqualTo("停电时填写的诉求");
        assertThat(content.getValue()).isEqualTo("写了很长的一段话，数据库断了也不能丢。");
        assertThat(name.getValue()).isEqualTo("李四");
        assertThat(submit.isEnabled()).as("can be sent again").isTrue();

        database.restore();
        waitUntilFilingWorks();
        _setValue(_get(TextField.class, spec -> spec.withId("captcha-answer")), FixedChallenges.ANSWER);
        _click(submit);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("receipt-tracking-code")).getText())
                .matches("\\d{8}-\\d{6}");
    }

    @Test
    void aPageOpenedDuringTheOutageSaysSoAndOpensOnceTheDatabaseIsBack() throws Exception {
        database.cut();
        navigate("submit"); // its choices of key area and department come from the database
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("database-unavailable")).getElement().getTextRecursively())
                .contains("系统暂时无法连接数据库").doesNotContain("Exception");

        database.restore();
        waitUntilFilingWorks();
        navigate("submit");
        _get(Button.class, spec -> spec.withId("complaint-submit"));
    }

    private void waitUntilFilingWorks() throws Exception {
        for (long until = System.nanoTime() + 20_000_000_000L; System.nanoTime() < until; Thread.sleep(250)) {
            if (get("/api/open311/v2/requests/20260101-000001.json").statusCode() != 503) {
                return;
            }
        }
    }

    private HttpResponse<String> post(Map<String, String> form, String language) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/api/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofString());
    }
}
