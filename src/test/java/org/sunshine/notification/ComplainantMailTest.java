package org.sunshine.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sunshine.base.i18n.Messages;
import org.sunshine.complaint.ComplaintHandling;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.Receipt;
import org.sunshine.complaint.Submission;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;

import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complainant's notices end to end (issue 17, "Done when"): a complaint filed with an e-mail address, accepted and
 * sent to a department, each step committed; the sender runs and the SMTP server (GreenMail) receives one e-mail per
 * step, in the language of the filing, naming the tracking code and the tracking page, never the query code.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplainantMailTest implements TestPropertyProvider {

    private GreenMail mail;

    @Inject
    ComplaintIntake intake;
    @Inject
    ComplaintHandling handling;
    @Inject
    DepartmentService departments;
    @Inject
    UserRepository users;
    @Inject
    OutboxSender sender;
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

    private SignedInUser staff(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }

    @Test
    void theComplainantReceivesAnEmailAtEachStepInTheLanguageTheyFiledIn() throws Exception {
        long mzj = departments.active().stream().filter(d -> d.code().equals("MZJ")).mapToLong(DepartmentRow::id)
                .findFirst().orElseThrow();
        Receipt receipt = intake.submit(new Submission(ComplaintType.COMPLAINT, null, mzj, "Subsistence lists",
                "The lists of our community were not published.", null, null, "wang.wu@citizen-mail.example", false,
                List.of()), ComplaintIntake.Origin.web("10.1.1.1", Messages.ENGLISH));
        SignedInUser inspector = staff("inspector");
        handling.accept(receipt.id(), "", inspector);
        handling.assign(receipt.id(), mzj, "", inspector);
        assertThat(mail.getReceivedMessages()).as("nothing is sent inside the steps").isEmpty();

        // Staff accounts other test classes gave a contact may be told of the new work too: drain the outbox, then
        // read what reached the complainant's address.
        for (int run = 0; run < 5 && sender.runOnce().sent() > 0; run++) {
            // bounded: each run sends what is due
        }
        MimeMessage[] received = mail.getReceivedMessagesForDomain("citizen-mail.example");
        String code = receipt.trackingCode();
        assertThat(Arrays.stream(received).map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).containsExactlyInAnyOrder("Request " + code + " received", "Request " + code + " accepted",
                "Request " + code + " sent to a department");
        for (MimeMessage message : received) {
            assertThat(message.getAllRecipients()[0].toString()).isEqualTo("wang.wu@citizen-mail.example");
            String body = message.getContent() instanceof jakarta.mail.Multipart multipart
                    ? multipart.getBodyPart(0).getContent().toString() : message.getContent().toString();
            assertThat(body).contains(code, "http://localhost:8080/track?code=" + code)
                    .doesNotContain(receipt.queryCode());
        }
    }
}
