package org.sunshine.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sunshine.base.i18n.Messages;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * E-mail end to end: a notice written in a step's transaction reaches an SMTP server (GreenMail, on a free port of
 * 127.0.0.1) once the sender runs, in Chinese, UTF-8, with its opt-out link and header; a rolled-back step sends
 * nothing; a server that is down is tried again later.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmtpMailTest implements TestPropertyProvider {

    private GreenMail mail;

    @Inject
    Notifier notifier;
    @Inject
    OutboxSender sender;
    @Inject
    OutboxStore store;
    @Inject
    OptOuts optOuts;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        ServerSetup smtp = org.sunshine.testing.TestSmtp.setup();
        mail = new GreenMail(smtp);
        mail.start();
        return Map.of(
                "sunshine.notifications.email.via", "SMTP",
                "sunshine.notifications.email.from", "noreply@gov.example.cn",
                "javamail.properties.mail.smtp.host", "127.0.0.1",
                "javamail.properties.mail.smtp.port", String.valueOf(mail.getSmtp().getPort()));
    }

    @AfterAll
    void stopMail() {
        mail.stop();
    }

    @BeforeEach
    void empty() throws Exception {
        mail.purgeEmailFromAllMailboxes();
        transactions.executeWrite(status -> jdbc.prepareStatement("DELETE FROM notification_outbox",
                s -> s.executeUpdate()));
    }

    private static Notice notice(String key, String email) {
        return new Notice("smtp-test:" + key, new Contact(null, email), "test", List.of("TS20260302-000123"),
                Messages.CHINESE);
    }

    @Test
    void aCommittedNoticeArrivesInChinese() throws Exception {
        transactions.executeWrite(status -> {
            notifier.notify(notice("arrives", "zhang.san@citizen.example"));
            return null;
        });
        assertThat(mail.getReceivedMessages()).as("nothing is sent inside the step").isEmpty();

        assertThat(sender.runOnce().sent()).isEqualTo(1);

        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage received = mail.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("阳光政务监督平台测试消息");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("noreply@gov.example.cn");
        assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("盘锦市人民政府办公室");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("zhang.san@citizen.example");
        String body = text(received);
        assertThat(body).contains("这是管理员从阳光政务监督平台发出的测试消息（TS20260302-000123）")
                .contains("/public/stop-messages?t=" + optOuts.token("zhang.san@citizen.example"));
        assertThat(received.getHeader("List-Unsubscribe")[0]).contains("/public/stop-messages?t=");
        OutboxMessage row = store.find("smtp-test:arrives", Channel.EMAIL).orElseThrow();
        assertThat(received.getHeader("X-Sunshine-Notice")[0]).isEqualTo(String.valueOf(row.id()));
        assertThat(row.state()).isEqualTo(OutboxState.SENT);
        assertThat(row.provider()).isEqualTo(SmtpMail.NAME);
    }

    /** The plain-text part, checked to be UTF-8. */
    private static String text(jakarta.mail.Part part) throws Exception {
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            return text(multipart.getBodyPart(0));
        }
        assertThat(part.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        return part.getContent().toString();
    }

    @Test
    void aRolledBackStepSendsNothing() throws Exception {
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            notifier.notify(notice("rolled-back", "li.si@citizen.example"));
            throw new IllegalStateException("the step fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(sender.runOnce().claimed()).isZero();
        assertThat(mail.waitForIncomingEmail(1000, 1)).isFalse();
        assertThat(store.find("smtp-test:rolled-back", Channel.EMAIL)).isEmpty();
    }

    @Test
    void aServerThatIsDownIsTriedAgainLater() throws Exception {
        transactions.executeWrite(status -> {
            notifier.notify(notice("server-down", "wang.wu@citizen.example"));
            return null;
        });
        mail.stop();
        try {
            OutboxSender.Run run = sender.runOnce();
            assertThat(run.retried()).isEqualTo(1);
            OutboxMessage row = store.find("smtp-test:server-down", Channel.EMAIL).orElseThrow();
            assertThat(row.state()).isEqualTo(OutboxState.PENDING);
            assertThat(row.lastError()).isNotBlank();
            assertThat(row.nextAttemptAt()).isAfter(row.createdAt());
        } finally {
            mail.start();
        }
    }
}
