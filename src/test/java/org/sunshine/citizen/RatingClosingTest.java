package org.sunshine.citizen;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.base.i18n.Messages;
import org.sunshine.complaint.ComplaintHandling;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintQueries;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.Submission;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.notification.Notice;
import org.sunshine.notification.Notifier;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.testing.MutableClock;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day-before reminder of a rating window's end, on the working-day calendar of the 2026 Spring Festival: told on
 * the last working day before the window's last day (a make-up Saturday before a week of holiday), never on a holiday,
 * once per complaint (each test rolled back).
 */
@MicronautTest(startApplication = false)
class RatingClosingTest {

    private final MutableClock clock = MutableClock.shanghai("2026-02-10T02:00:00Z"); // Tuesday 10 Feb, 10:00 in Beijing
    private final NoticeRecorder outbox = new NoticeRecorder();

    @Inject
    RatingClosing ratingClosing;
    @Inject
    ComplaintIntake intake;
    @Inject
    ComplaintHandling handling;
    @Inject
    ComplaintQueries queries;
    @Inject
    DepartmentService departments;
    @Inject
    UserRepository users;
    @Inject
    Messages messages;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @MockBean(Notifier.class)
    Notifier outbox() {
        return outbox;
    }

    @BeforeEach
    void emptyOutbox() {
        outbox.notices.clear();
    }

    private SignedInUser staff(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }

    private void on(String date) {
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(clock), LocalDate.parse(date))));
    }

    /** A complaint replied today; its complainant left this e-mail address (or none). */
    private long repliedToday(String email) {
        long mzj = departments.active().stream().filter(d -> d.code().equals("MZJ")).mapToLong(DepartmentRow::id)
                .findFirst().orElseThrow();
        long id = intake.submit(new Submission(ComplaintType.COMPLAINT, null, mzj, "低保名单没有公示", "请公示低保名单。",
                null, null, email, false, List.of()), ComplaintIntake.Origin.web("10.1.1.1", Messages.CHINESE)).id();
        SignedInUser inspector = staff("inspector");
        SignedInUser handler = staff("handler");
        handling.accept(id, "", inspector);
        handling.assign(id, mzj, "", inspector);
        handling.receive(id, handler);
        handling.reply(id, "已督促公示。", List.of(), handler);
        return id;
    }

    /** The reminders told since the last look, by the complaint they are about. */
    private List<String> remindersAbout(long... ids) {
        List<String> keys = outbox.notices.stream().filter(n -> n.template().equals("complaintRatingClosing"))
                .map(Notice::eventKey).filter(key -> java.util.Arrays.stream(ids)
                        .anyMatch(id -> key.equals("complaint:rating-closing:" + id))).toList();
        outbox.notices.clear();
        return keys;
    }

    @Test
    void theWindowClosingAfterTheHolidayIsAnnouncedOnTheMakeUpSaturdayBeforeIt() {
        long first = repliedToday("first@example.com");
        long silent = repliedToday(null);
        on("2026-02-11");
        long second = repliedToday("second@example.com");
        assertThat(queries.find(first).orElseThrow().getRatingDue()).isEqualTo(LocalDate.parse("2026-02-24"));
        assertThat(queries.find(silent).orElseThrow().getRatingDue()).isEqualTo(LocalDate.parse("2026-02-24"));
        assertThat(queries.find(second).orElseThrow().getRatingDue()).isEqualTo(LocalDate.parse("2026-02-25"));
        outbox.notices.clear();

        on("2026-02-13"); // Friday: the next working day is the make-up Saturday, no window ends then
        ratingClosing.remind();
        assertThat(remindersAbout(first, silent, second)).isEmpty();

        on("2026-02-14"); // the make-up Saturday: the next working day is Tuesday 24 February, after the holiday
        ratingClosing.remind();
        assertThat(outbox.notices).filteredOn(n -> n.eventKey().equals("complaint:rating-closing:" + first))
                .singleElement().satisfies(n -> {
                    assertThat(n.args()).element(2).isEqualTo("2026年2月24日");
                    assertThat(messages.getTranslation("notify.complaintRatingClosing.sms", n.locale(), n.args().toArray()))
                            .contains("评价期限2月24日届满", "按“未评价”办结");
                });
        assertThat(remindersAbout(first, silent, second)).as("nobody to tell without a contact")
                .containsExactly("complaint:rating-closing:" + first);

        for (String holiday : List.of("2026-02-15", "2026-02-20", "2026-02-23")) {
            on(holiday);
            assertThat(ratingClosing.remind()).as(holiday + " is a holiday").isZero();
        }
        assertThat(outbox.notices).isEmpty();

        on("2026-02-24");
        ratingClosing.remind();
        assertThat(remindersAbout(first, silent, second)).containsExactly("complaint:rating-closing:" + second);
    }

    @Test
    void aSecondRunTellsUnderTheSameKeySoTheOutboxKeepsOne() {
        long id = repliedToday("twice@example.com");
        on("2026-02-14");
        ratingClosing.remind();
        ratingClosing.remind();
        assertThat(remindersAbout(id)).containsExactly("complaint:rating-closing:" + id, "complaint:rating-closing:" + id);
    }
}
