package org.sunshine.notification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditFilter;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Messages;
import org.sunshine.notification.ui.MessagesView;
import org.sunshine.security.SignedInUser;
import org.sunshine.testing.UiTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The screens and the endpoint of the notifications as people use them: the administrator's 消息外发 list (masked
 * addresses, filters, a failed message opened whole and sent again with an audit entry, a test message), the public
 * page behind an e-mail's stop link, and the SMS gateway's report of a 回T退订 reply.
 */
@MicronautTest(transactional = false)
@Property(name = "sunshine.notifications.email.via", value = "DEVELOPMENT")
@Property(name = "sunshine.notifications.sms.via", value = "DEVELOPMENT")
@Property(name = "sunshine.notifications.sms.reply-secret", value = "gateway-secret-1")
class NotificationScreensTest extends UiTest {

    @Inject
    Notifier notifier;
    @Inject
    OutboxStore store;
    @Inject
    OptOuts optOuts;
    @Inject
    OutboxAdmin admin;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    EmbeddedServer server;

    @BeforeEach
    void empty() {
        transactions.executeWrite(status -> {
            jdbc.prepareStatement("DELETE FROM notification_outbox", s -> s.executeUpdate());
            return jdbc.prepareStatement("DELETE FROM notification_opt_out", s -> s.executeUpdate());
        });
    }

    private void notice(String key, String phone, String email) {
        transactions.executeWrite(status -> {
            notifier.notify(new Notice("screen-test:" + key, new Contact(phone, email), "test", List.of(key),
                    Messages.CHINESE));
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static Grid<OutboxMessage> grid() {
        return _get(Grid.class, spec -> spec.withId("messages"));
    }

    @Test
    void theAdministratorSeesTheMessagesAndSendsAFailedOneAgain() {
        notice("sent", "13900003333", "zhang.san@screen.example");
        notice("failed", null, "li.si@screen.example");
        transactions.executeWrite(status -> jdbc.prepareStatement("UPDATE notification_outbox SET state = 'FAILED', "
                + "attempts = 8, last_error = 'HTTP 503', next_attempt_at = NULL "
                + "WHERE event_key = 'screen-test:failed'", s -> s.executeUpdate()));
        SignedInUser user = signInAs("admin");
        navigate("admin/messages");

        assertThat(_get(Paragraph.class, spec -> spec.withId("messages-modes")).getText())
                .contains("邮件：开发信箱").contains("短信：开发信箱");
        Grid<OutboxMessage> grid = grid();
        assertThat(_size(grid)).isEqualTo(3);
        String rows = String.join("\n", IntStream.range(0, 3).mapToObj(i -> String.join(" | ",
                _getFormattedRow(grid, i)) + " | " + com.github.mvysny.kaributesting.v10.GridKt
                ._getCellComponent(grid, i, "recipient").getElement().getTextRecursively()).toList());
        assertThat(rows).contains("139****3333", "z***@screen.example", "l***@screen.example", "阳光政务监督平台测试消息",
                "screen-test:failed").doesNotContain("zhang.san@", "13900003333");

        _click(_get(Button.class, spec -> spec.withText("发送失败")));
        assertThat(_size(grid)).isEqualTo(1);
        _clickItem(grid, 0);
        assertThat(_get(Pre.class, spec -> spec.withId("message-text")).getText()).contains("测试消息（failed）");
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("message-dialog"))
                .getElement().getTextRecursively()).contains("li.si@screen.example", "HTTP 503");
        _click(_get(Button.class, spec -> spec.withId("message-retry")));

        OutboxMessage retried = store.find("screen-test:failed", Channel.EMAIL).orElseThrow();
        assertThat(retried.state()).isEqualTo(OutboxState.PENDING);
        assertThat(retried.attempts()).isZero();
        assertThat(_size(grid)).isZero();
        assertThat(context.getBean(AuditLog.class).search(new AuditFilter(null, AuditAction.NOTIFICATION_RETRIED,
                OutboxAdmin.TARGET, String.valueOf(retried.id()), null, null), 0, 10, user)).hasSize(1);
        // a message that did not fail is not sent again
        assertThatThrownBy(() -> admin.retry(retried.id(), user, null)).isInstanceOf(DomainException.class);
    }

    @Test
    void aTestMessageIsQueuedForAValidAddressOnly() {
        signInAs("admin");
        navigate("admin/messages");
        _click(_get(Button.class, spec -> spec.withId("messages-test")));
        TextField address = _get(TextField.class, spec -> spec.withId("messages-test-address"));
        _setValue(address, "12345");
        _click(_get(Button.class, spec -> spec.withId("messages-test-dialog-confirm")));
        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).contains("11 位手机号");
        assertThat(store.count(OutboxFilter.all())).isZero();

        _setValue(address, "13900004444");
        _click(_get(Button.class, spec -> spec.withId("messages-test-dialog-confirm")));
        assertThat(store.page(OutboxFilter.all(), 0, 10)).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo(Channel.SMS);
            assertThat(m.state()).isEqualTo(OutboxState.PENDING);
            assertThat(m.body()).startsWith("阳光政务监督平台测试短信（");
        });
        assertThat(_size(grid())).isEqualTo(1);
    }

    @Test
    void onlyAdministratorsReadTheMessages() {
        SignedInUser handler = signInAs("handler");
        assertThatThrownBy(() -> admin.page(OutboxFilter.all(), 0, 10, handler)).isInstanceOf(DomainException.class);
        navigate("admin/messages");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isNotInstanceOf(MessagesView.class);
    }

    @Test
    void theStopLinkAsksThenStops() {
        String token = optOuts.token("wang.wu@screen.example");
        navigate("public/stop-messages?t=" + token);
        Paragraph text = _get(Paragraph.class, spec -> spec.withId("stop-messages-text"));
        assertThat(text.getText()).contains("w***@screen.example");
        assertThat(optOuts.stopped(Channel.EMAIL, "wang.wu@screen.example")).as("opening changes nothing").isFalse();

        _click(_get(Button.class, spec -> spec.withId("stop-messages-confirm")));
        assertThat(text.getText()).isEqualTo("已停止向 w***@screen.example 发送消息。");
        assertThat(optOuts.stopped(Channel.EMAIL, "wang.wu@screen.example")).isTrue();
        notice("after-stop", null, "wang.wu@screen.example");
        assertThat(store.find("screen-test:after-stop", Channel.EMAIL).orElseThrow().skipReason())
                .isEqualTo(SkipReason.OPTED_OUT);

        navigate("public/stop-messages?t=" + token.substring(0, token.length() - 3) + "abc");
        assertThat(_get(Paragraph.class, spec -> spec.withId("stop-messages-text")).getText()).contains("链接无效");
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Button.class,
                spec -> spec.withId("stop-messages-confirm"));
    }

    @Test
    void aStopReplyReportedByTheGatewayStopsSms() throws Exception {
        assertThat(reply(null, "T").statusCode()).isEqualTo(403);
        assertThat(reply("wrong", "T").statusCode()).isEqualTo(403);
        HttpResponse<String> hello = reply("gateway-secret-1", "hello");
        assertThat(hello.statusCode()).isEqualTo(200);
        assertThat(hello.body()).contains("\"stopped\":false");
        assertThat(optOuts.stopped(Channel.SMS, "13900005555")).isFalse();

        HttpResponse<String> stop = reply("gateway-secret-1", " t ");
        assertThat(stop.body()).contains("\"stopped\":true");
        assertThat(optOuts.stopped(Channel.SMS, "13900005555")).isTrue();
        notice("after-reply", "13900005555", null);
        assertThat(store.find("screen-test:after-reply", Channel.SMS).orElseThrow().skipReason())
                .isEqualTo(SkipReason.OPTED_OUT);
    }

    private HttpResponse<String> reply(String secret, String text) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + "/api/notifications/sms-replies"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"phone\":\"+8613900005555\",\"text\":\"" + text + "\"}"));
        if (secret != null) {
            request.header("X-Sunshine-Secret", secret);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
