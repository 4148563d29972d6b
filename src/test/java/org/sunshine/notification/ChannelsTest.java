package org.sunshine.notification;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a channel can send a message of a template: off sends nothing; SMTP needs a sender address; the gateway needs
 * its URL and a template id for the template; the development box takes everything.
 */
class ChannelsTest {

    @ParameterizedTest(name = "e-mail via {0} from \"{1}\": {2}")
    @CsvSource({
            "OFF, noreply@gov.example.cn, false",
            "SMTP, '', false",
            "SMTP, noreply@gov.example.cn, true",
            "DEVELOPMENT, '', true"
    })
    void email(EmailSettings.Via via, String from, boolean configured) {
        Channels channels = new Channels(new EmailSettings(via, from, null), new SmsSettings(SmsSettings.Via.OFF, null),
                gateway("", List.of()));
        assertThat(channels.configured(Channel.EMAIL, "test")).isEqualTo(configured);
        assertThat(channels.configured(Channel.SMS, "test")).isFalse();
    }

    @ParameterizedTest(name = "SMS via {0}, gateway \"{1}\", template {2}: {3}")
    @CsvSource({
            "OFF, http://gw.example/send, test, false",
            "GATEWAY, '', test, false",
            "GATEWAY, http://gw.example/send, test, true",
            "GATEWAY, http://gw.example/send, complaint.accepted, false",
            "DEVELOPMENT, '', complaint.accepted, true"
    })
    void sms(SmsSettings.Via via, String url, String template, boolean configured) {
        Channels channels = new Channels(new EmailSettings(EmailSettings.Via.OFF, null, null),
                new SmsSettings(via, null), gateway(url, List.of("test:SMS_1", "broken-entry", " finding.filed : SMS_2 ")));
        assertThat(channels.configured(Channel.SMS, template)).isEqualTo(configured);
        assertThat(channels.gateway().templateId("finding.filed")).contains("SMS_2");
    }

    private static GatewaySettings gateway(String url, List<String> templates) {
        return new GatewaySettings(url, "key", "签名", templates, Duration.ofSeconds(1), Duration.ofSeconds(1));
    }
}
