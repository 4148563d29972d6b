package org.sunshine.citizen;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.base.i18n.Messages;
import org.sunshine.complaint.ComplaintHandling;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.ComplaintWorkflow;
import org.sunshine.complaint.Receipt;
import org.sunshine.complaint.Submission;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.testing.MutableClock;
import org.sunshine.workflow.History;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end, each step committed, with the real outbox and both channels on as on mn:run: a complaint filed in
 * English with an e-mail address and a mobile number has its notices in the outbox (V28), worded in English with the
 * tracking page and never the query code, each text message whole within 70 characters with its stop line; steps that
 * are not told leave nothing; the rating reminder run twice is kept once.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "sunshine.notifications.email.via", value = "DEVELOPMENT")
@Property(name = "sunshine.notifications.sms.via", value = "DEVELOPMENT")
class NoticesOutboxTest {

    private final MutableClock clock = MutableClock.shanghai("2026-02-10T02:00:00Z"); // Tuesday 10 Feb, 10:00 in Beijing

    @Inject
    ComplaintIntake intake;
    @Inject
    ComplaintHandling handling;
    @Inject
    RatingClosing ratingClosing;
    @Inject
    DepartmentService departments;
    @Inject
    UserRepository users;
    @Inject
    History history;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    /** A row of the outbox as the administrator's screen reads it. */
    record Row(String channel, String recipient, String locale, String subject, String body, String state) {
    }

    private List<Row> outbox(String eventKey) {
        return transactions.executeRead(status -> jdbc.prepareStatement("SELECT channel, recipient, locale, subject, "
                + "body, state FROM notification_outbox WHERE event_key = ? ORDER BY channel", s -> {
            s.setString(1, eventKey);
            List<Row> rows = new ArrayList<>();
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6)));
                }
            }
            return rows;
        }));
    }

    private SignedInUser staff(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }

    private String lastStep(long id) {
        var steps = history.of(ComplaintWorkflow.TABLE, id);
        return "complaint:step:" + steps.get(steps.size() - 1).id();
    }

    @Test
    void eachToldStepIsInTheOutboxOnceInTheComplainantsLanguage() {
        long mzj = departments.active().stream().filter(d -> d.code().equals("MZJ")).mapToLong(DepartmentRow::id)
                .findFirst().orElseThrow();
        Receipt receipt = intake.submit(new Submission(ComplaintType.COMPLAINT, null, mzj, "Subsistence lists",
                "The lists of our community were not published.", "Li Si", "139 0000 2222", "Li.Si@outbox-e2e.example",
                false, List.of()), ComplaintIntake.Origin.web("10.1.1.1", Messages.ENGLISH));
        long id = receipt.id();
        String code = receipt.trackingCode();

        List<Row> received = outbox(lastStep(id));
        assertThat(received).extracting(Row::channel).containsExactly("EMAIL", "SMS");
        Row email = received.get(0);
        assertThat(email.recipient()).isEqualTo("li.si@outbox-e2e.example");
        assertThat(email.state()).isEqualTo("PENDING");
        assertThat(email.locale()).isEqualTo("en");
        assertThat(email.subject()).isEqualTo("Request " + code + " received");
        assertThat(email.body()).contains("decide by 12 Feb 2026", "http://localhost:8080/track?code=" + code,
                "To receive no more e-mails").doesNotContain(receipt.queryCode());
        assertThat(received.get(1).recipient()).isEqualTo("13900002222");
        assertThat(received.get(1).body()).isEqualTo("Request " + code + " received; decision by 12 Feb. Reply T to stop");

        SignedInUser inspector = staff("inspector");
        SignedInUser handler = staff("handler");
        handling.accept(id, "", inspector);
        handling.assign(id, mzj, "", inspector);
        assertThat(outbox(lastStep(id))).first().satisfies(row -> assertThat(row.body()).contains("sent to 市民政局"));
        handling.receive(id, handler);
        assertThat(outbox(lastStep(id))).as("taking it on is not told").isEmpty();
        handling.reply(id, "The lists are now on the notice board.", List.of(), handler);
        assertThat(outbox(lastStep(id))).extracting(Row::body)
                .contains("Request " + code + " replied; rate it by 24 Feb. Reply T to stop");

        clock.advance(Duration.ofDays(5)); // Sunday 15 Feb, a holiday: nobody is reminded
        ratingClosing.remind();
        assertThat(outbox("complaint:rating-closing:" + id)).isEmpty();
        clock.advance(Duration.ofDays(-1)); // Saturday 14 Feb, a make-up working day before the holiday, and twice
        ratingClosing.remind();
        ratingClosing.remind();
        List<Row> closing = outbox("complaint:rating-closing:" + id);
        assertThat(closing).as("once per channel").extracting(Row::channel).containsExactly("EMAIL", "SMS");
        assertThat(closing.get(0).subject()).isEqualTo("Request " + code + ": rate the reply by 24 Feb 2026");
    }
}
