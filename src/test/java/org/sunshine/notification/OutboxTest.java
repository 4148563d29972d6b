package org.sunshine.notification;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.i18n.Messages;

import java.sql.Connection;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox against the database, each notice written in a transaction of its own that commits (or not): one row
 * per channel the contact has, once per event key and channel, nothing after a rollback, and the skips kept with
 * their reasons. E-mail through the development adapter, SMS through the gateway with a template id for "test".
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "sunshine.notifications.email.via", value = "DEVELOPMENT")
@Property(name = "sunshine.notifications.sms.via", value = "GATEWAY")
@Property(name = "sunshine.notifications.sms.gateway.templates", value = "test:SMS_900001")
@Property(name = "sunshine.notifications.sms.gateway.url", value = "http://127.0.0.1:9/never-called")
class OutboxTest {

    @Inject
    Notifier notifier;
    @Inject
    Outbox outbox;
    @Inject
    OutboxStore store;
    @Inject
    NoticeTexts texts;
    @Inject
    OptOuts optOuts;
    @Inject
    BusinessClock clock;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @AfterEach
    void clean() {
        transactions.executeWrite(status -> {
            jdbc.prepareStatement("DELETE FROM notification_outbox WHERE event_key LIKE 'outbox-test:%'",
                    s -> s.executeUpdate());
            return jdbc.prepareStatement("DELETE FROM notification_opt_out WHERE address LIKE '%outbox-test%' "
                    + "OR address = '13900001111'", s -> s.executeUpdate());
        });
    }

    private static Notice notice(String key, String phone, String email, Locale locale) {
        return new Notice("outbox-test:" + key, new Contact(phone, email), "test", List.of("TS20260302-000123"), locale);
    }

    private void committed(Notice notice) {
        transactions.executeWrite(status -> {
            notifier.notify(notice);
            return null;
        });
    }

    @Test
    void aNoticeIsOneRowPerChannelWithItsWordsInTheReadersLanguage() {
        committed(notice("both", "+86 139-0000-1111", "Zhang.San@Outbox-Test.example", Messages.CHINESE));

        List<OutboxMessage> rows = outbox.of("outbox-test:both");
        assertThat(rows).extracting(OutboxMessage::channel).containsExactly(Channel.EMAIL, Channel.SMS);
        OutboxMessage email = rows.get(0);
        assertThat(email.state()).isEqualTo(OutboxState.PENDING);
        assertThat(email.recipient()).isEqualTo("zhang.san@outbox-test.example");
        assertThat(email.maskedRecipient()).isEqualTo("z***@outbox-test.example");
        assertThat(email.subject()).isEqualTo("阳光政务监督平台测试消息");
        assertThat(email.body()).contains("测试消息（TS20260302-000123）").contains("盘锦市人民政府办公室")
                .contains("/public/stop-messages?t=" + optOuts.token("zhang.san@outbox-test.example"));
        assertThat(email.nextAttemptAt()).isEqualTo(email.createdAt());
        OutboxMessage sms = rows.get(1);
        assertThat(sms.recipient()).isEqualTo("13900001111");
        assertThat(sms.maskedRecipient()).isEqualTo("139****1111");
        assertThat(sms.subject()).isNull();
        assertThat(sms.body()).isEqualTo("阳光政务监督平台测试短信（TS20260302-000123），收到即说明短信渠道配置正确。 回T退订");
        assertThat(sms.args()).containsExactly("TS20260302-000123");
        assertThat(sms.attempts()).isZero();
    }

    @Test
    void englishReadersGetEnglish() {
        committed(notice("english", null, "reader@outbox-test.example", Locale.UK));

        OutboxMessage email = outbox.of("outbox-test:english").get(0);
        assertThat(email.locale()).isEqualTo("en");
        assertThat(email.subject()).isEqualTo("Test message from the Sunshine platform");
        assertThat(email.body()).contains("To receive no more e-mails");
    }

    @Test
    void anEventToldTwiceIsWrittenOnceAndTheSecondStepGoesOn() {
        committed(notice("twice", "13900001111", "twice@outbox-test.example", Messages.CHINESE));
        // the same event seen again, in a step that then writes something else: neither fails nor is rolled back
        transactions.executeWrite(status -> {
            notifier.notify(notice("twice", "13900001111", "other@outbox-test.example", Messages.ENGLISH));
            notifier.notify(notice("after-twice", null, "after@outbox-test.example", Messages.CHINESE));
            return null;
        });

        List<OutboxMessage> rows = outbox.of("outbox-test:twice");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).recipient()).isEqualTo("twice@outbox-test.example");
        assertThat(rows.get(0).locale()).isEqualTo("zh-CN");
        assertThat(outbox.of("outbox-test:after-twice")).hasSize(1);
    }

    @Test
    void aRolledBackStepLeavesNoMessage() {
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            notifier.notify(notice("rolled-back", "13900001111", "gone@outbox-test.example", Messages.CHINESE));
            throw new IllegalStateException("the step fails after the notice");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(outbox.of("outbox-test:rolled-back")).isEmpty();
    }

    @Test
    void aContactWhoStoppedMessagesIsSkippedAndTheSkipKept() {
        optOuts.stop(Channel.EMAIL, "stopped@outbox-test.example", OptOuts.Source.LINK);
        optOuts.stop(Channel.SMS, "13900001111", OptOuts.Source.SMS_REPLY);

        committed(notice("stopped", "139 0000 1111", "Stopped@outbox-test.example", Messages.CHINESE));

        assertThat(outbox.of("outbox-test:stopped")).allSatisfy(m -> {
            assertThat(m.state()).isEqualTo(OutboxState.SKIPPED);
            assertThat(m.skipReason()).isEqualTo(SkipReason.OPTED_OUT);
            assertThat(m.nextAttemptAt()).isNull();
        });
        // a code the person asked for just now still goes
        transactions.executeWrite(status -> {
            notifier.notifyRequested(notice("requested", "13900001111", "stopped@outbox-test.example",
                    Messages.CHINESE));
            return null;
        });
        assertThat(outbox.of("outbox-test:requested")).allSatisfy(m -> {
            assertThat(m.state()).isEqualTo(OutboxState.PENDING);
            assertThat(m.requested()).isTrue();
        });
    }

    @Test
    void whatCannotBeSentIsKeptWithTheReason() {
        committed(new Notice("outbox-test:bad-address", new Contact("12345", "not-an-address"), "test",
                List.of("x"), Messages.CHINESE));
        assertThat(outbox.of("outbox-test:bad-address")).allSatisfy(m -> {
            assertThat(m.state()).isEqualTo(OutboxState.SKIPPED);
            assertThat(m.skipReason()).isEqualTo(SkipReason.INVALID_ADDRESS);
        });

        committed(new Notice("outbox-test:no-text", new Contact("13900001111", "a@outbox-test.example"),
                "no.such.template", List.of(), Messages.CHINESE));
        assertThat(outbox.of("outbox-test:no-text")).extracting(OutboxMessage::skipReason)
                .containsExactly(SkipReason.NO_TEXT, SkipReason.NO_TEXT);

        // with both channels off (the default configuration)
        Channels off = new Channels(new EmailSettings(EmailSettings.Via.OFF, null, null),
                new SmsSettings(SmsSettings.Via.OFF, null), new GatewaySettings(null, null, null, List.of(),
                java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1)));
        Outbox unconfigured = new Outbox(store, texts, optOuts, off, clock);
        transactions.executeWrite(status -> {
            unconfigured.notify(notice("off", "13900001111", "off@outbox-test.example", Messages.CHINESE));
            return null;
        });
        assertThat(outbox.of("outbox-test:off")).allSatisfy(m -> {
            assertThat(m.state()).isEqualTo(OutboxState.SKIPPED);
            assertThat(m.skipReason()).isEqualTo(SkipReason.NOT_CONFIGURED);
            assertThat(m.body()).isNotEmpty();
        });
    }

    @Test
    void aContactWithNeitherIsDroppedAndALongEventKeyStaysUnique() {
        committed(notice("nobody", null, null, Messages.CHINESE));
        assertThat(outbox.of("outbox-test:nobody")).isEmpty();

        String longKey = "outbox-test:" + "x".repeat(200);
        committed(new Notice(longKey + "1", new Contact(null, "a@outbox-test.example"), "test", List.of("1"),
                Messages.CHINESE));
        committed(new Notice(longKey + "2", new Contact(null, "a@outbox-test.example"), "test", List.of("2"),
                Messages.CHINESE));
        assertThat(outbox.of(longKey + "1")).hasSize(1);
        assertThat(outbox.of(longKey + "2")).hasSize(1);
        assertThat(Outbox.eventKey(longKey + "1")).hasSize(Outbox.MAX_EVENT_KEY);
    }

    @Test
    void optOutTokensAreSignedByThePlatform() {
        String token = optOuts.token("someone@outbox-test.example");
        assertThat(optOuts.emailOf(token)).contains("someone@outbox-test.example");
        String forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("other@outbox-test.example".getBytes()) + token.substring(token.indexOf('.'));
        assertThat(optOuts.emailOf(forged)).isEmpty();
        assertThat(optOuts.emailOf("nonsense")).isEmpty();
        assertThat(optOuts.emailOf(token.substring(0, token.length() - 2))).isEmpty();
    }
}
