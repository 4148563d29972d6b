package org.sunshine.recovery;

import com.icegreen.greenmail.util.GreenMail;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintTracking;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.Receipt;
import org.sunshine.complaint.Submission;
import org.sunshine.notification.OutboxSender;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lost query code recovered by e-mail, end to end: the complaint filed with an address, the code asked for, the
 * outbox's sender mailing it (GreenMail, on a free port of 127.0.0.1), the code read from the mail, the complaint
 * listed, a new query code that opens it. Not rolled back: the sender reads what was committed.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecoveryByEmailTest implements TestPropertyProvider {

    private GreenMail mail;

    @Inject
    ComplaintIntake intake;
    @Inject
    Recovery recovery;
    @Inject
    OutboxSender sender;
    @Inject
    ComplaintTracking tracking;

    @Override
    public Map<String, String> getProperties() {
        mail = new GreenMail(org.sunshine.testing.TestSmtp.setup());
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

    @Test
    void aLostQueryCodeIsRecoveredByEmail() throws Exception {
        String address = "recover." + System.nanoTime() + "@citizen.example";
        Receipt filed = intake.submit(new Submission(ComplaintType.COMPLAINT, null, null, "找回查询码的诉求",
                "请公开。", null, null, address, false, List.of()), ComplaintIntake.Origin.web("10.8.8.8"));

        Recovery.Requested requested = recovery.request(address.toUpperCase(Locale.ROOT), "10.8.8.9", Locale.CHINESE);
        // other tests' messages may wait in the same outbox: run until nothing is left to claim (bounded)
        for (int run = 0; run < 50 && sender.runOnce().claimed() > 0; run++) {
            // each run claims a batch; failed ones wait for their back-off and are not claimed again here
        }

        MimeMessage codeMail = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> subject(m).equals("找回查询码的验证码")).findFirst().orElseThrow();
        assertThat(codeMail.getAllRecipients()[0].toString()).isEqualTo(address);
        Matcher code = Pattern.compile("验证码为 ([0-9]{6})，10 分钟内有效").matcher(text(codeMail));
        assertThat(code.find()).isTrue();

        Grant grant = recovery.verify(requested.ticket(), address, code.group(1), "10.8.8.9");
        assertThat(recovery.items(grant)).extracting(RecoveredItem::number).containsExactly(filed.trackingCode());
        String newCode = recovery.newQueryCode(grant, RecoveredItem.Kind.COMPLAINT, filed.trackingCode());
        assertThat(tracking.find(filed.trackingCode(), newCode, "10.8.8.9")).isPresent();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Part part) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            return text(multipart.getBodyPart(0));
        }
        return part.getContent().toString();
    }
}
