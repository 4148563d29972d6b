package org.sunshine.citizen;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.base.i18n.Messages;
import org.sunshine.complaint.Channel;
import org.sunshine.complaint.ComplaintExpiry;
import org.sunshine.complaint.ComplaintHandling;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintTracking;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.ComplaintWorkflow;
import org.sunshine.complaint.Rating;
import org.sunshine.complaint.Receipt;
import org.sunshine.complaint.Submission;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.notification.Contact;
import org.sunshine.notification.Notice;
import org.sunshine.notification.Notifier;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.testing.MutableClock;
import org.sunshine.workflow.History;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complainant is told of each step that changes what they can do, in the language they filed in, keyed on the
 * step, with the tracking page and never the query code; the outbox is a recorder here (each test rolled back).
 */
@MicronautTest(startApplication = false)
class ComplaintNoticesTest {

    private final MutableClock clock = MutableClock.shanghai("2026-02-12T02:00:00Z"); // Thursday 12 Feb, 10:00 in Beijing
    private final NoticeRecorder outbox = new NoticeRecorder();

    @Inject
    ComplaintIntake intake;
    @Inject
    ComplaintHandling handling;
    @Inject
    ComplaintTracking tracking;
    @Inject
    ComplaintExpiry expiry;
    @Inject
    DepartmentService departments;
    @Inject
    UserRepository users;
    @Inject
    History history;
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

    private long department(String code) {
        return departments.active().stream().filter(d -> d.code().equals(code)).mapToLong(DepartmentRow::id)
                .findFirst().orElseThrow();
    }

    private void on(String date) {
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(clock), LocalDate.parse(date))));
    }

    private Receipt submit(String phone, String email, Locale language) {
        return intake.submit(new Submission(ComplaintType.COMPLAINT, null, department("MZJ"), "低保名单没有公示",
                "本社区今年的低保对象名单没有按规定公示。", "张三丰", phone, email, false, List.of()),
                ComplaintIntake.Origin.web("10.1.1.1", language));
    }

    private long lastStepId(long complaintId) {
        var steps = history.of(ComplaintWorkflow.TABLE, complaintId);
        return steps.get(steps.size() - 1).id();
    }

    private String text(Notice notice, String part) {
        return messages.getTranslation("notify." + notice.template() + "." + part, notice.locale(), notice.args().toArray());
    }

    @Test
    void aComplaintFiledInEnglishIsToldInEnglishAtEveryStepThatMatters() {
        SignedInUser inspector = staff("inspector");
        SignedInUser handler = staff("handler");
        Receipt receipt = submit("13812345678", "zsf@163.com", Messages.ENGLISH);
        long id = receipt.id();

        Notice received = outbox.last();
        assertThat(received.template()).isEqualTo("complaintReceived");
        assertThat(received.eventKey()).isEqualTo("complaint:step:" + lastStepId(id));
        assertThat(received.to()).isEqualTo(new Contact("13812345678", "zsf@163.com"));
        assertThat(received.locale()).isEqualTo(Messages.ENGLISH);
        assertThat(received.args()).containsExactly(receipt.trackingCode(), "14 Feb", "14 Feb 2026", "",
                "http://localhost:8080/track?code=" + receipt.trackingCode());
        assertThat(String.join(" ", received.args()) + text(received, "body") + text(received, "sms"))
                .as("the query code is never sent").doesNotContain(receipt.queryCode());

        handling.accept(id, "", inspector);
        handling.assign(id, department("MZJ"), "", inspector);
        Notice assigned = outbox.last();
        assertThat(assigned.template()).isEqualTo("complaintAssigned");
        assertThat(assigned.args()).element(2).as("10 working days, across the Spring Festival").isEqualTo("4 Mar 2026");
        assertThat(text(assigned, "body")).contains("sent to 市民政局, which must reply by 4 Mar 2026");
        int told = outbox.notices.size();

        handling.receive(id, handler);
        handling.remind(id, "", inspector);
        assertThat(outbox.notices).as("taking it on and reminders change nothing for the complainant").hasSize(told);

        on("2026-02-13");
        handling.reply(id, "已督促各社区公示低保名单。", List.of(), handler);
        Notice replied = outbox.last();
        assertThat(replied.template()).isEqualTo("complaintReplied");
        assertThat(replied.args()).element(2).as("5 working days, the make-up Saturday counted").isEqualTo("27 Feb 2026");
        assertThat(text(replied, "sms")).isEqualTo("Request " + receipt.trackingCode()
                + " replied; rate it by 27 Feb.");

        on("2026-03-02");
        expiry.closeUnrated();
        List<Notice> mine = outbox.about(receipt.trackingCode());
        Notice expired = mine.get(mine.size() - 1);
        assertThat(expired.template()).isEqualTo("complaintExpired");
        assertThat(expired.eventKey()).isEqualTo("complaint:step:" + lastStepId(id));
        assertThat(text(expired, "body")).contains("ended on 27 Feb 2026", "closed as not rated");
        assertThat(mine).extracting(Notice::template).containsExactly("complaintReceived", "complaintAccepted",
                "complaintAssigned", "complaintReplied", "complaintExpired");
    }

    @Test
    void aRejectionGivesItsReasonInChinese() {
        Receipt receipt = submit("", "zsf@163.com", null);
        handling.reject(receipt.id(), "所反映的事项不属于政务公开范围，请向 12345 热线反映。", staff("inspector"));
        Notice rejected = outbox.last();
        assertThat(rejected.template()).isEqualTo("complaintRejected");
        assertThat(rejected.locale()).as("no language recorded: Chinese").isEqualTo(Messages.CHINESE);
        assertThat(rejected.to()).isEqualTo(new Contact(null, "zsf@163.com"));
        assertThat(text(rejected, "body")).contains("经审查不予受理", "所反映的事项不属于政务公开范围");
        assertThat(text(rejected, "sms")).isEqualTo("您的诉求" + receipt.trackingCode() + "不予受理，理由请在查询页面查看。");
    }

    @Test
    void theComplainantsOwnStepsAreConfirmedWithWhatComesNext() {
        SignedInUser inspector = staff("inspector");
        SignedInUser handler = staff("handler");
        Receipt receipt = submit("13812345678", "", Messages.CHINESE);
        long id = receipt.id();
        handling.accept(id, "", inspector);
        handling.assign(id, department("MZJ"), "", inspector);
        handling.receive(id, handler);
        handling.requestExtension(id, 5, "需要调取三个社区的材料。", handler);
        handling.decideExtension(id, true, "", inspector);
        assertThat(outbox.last().template()).isEqualTo("complaintExtended");
        assertThat(text(outbox.last(), "body")).contains("答复期限延长 5 个工作日，至2026年3月11日");
        handling.reply(id, "已公示。", List.of(), handler);

        tracking.reopen(receipt.trackingCode(), receipt.queryCode(), "10.1.1.1", "公示栏里没有看到名单。");
        assertThat(outbox.last().template()).isEqualTo("complaintReopened");
        assertThat(text(outbox.last(), "sms")).isEqualTo("您的诉求" + receipt.trackingCode() + "将重新办理，答复期限为3月4日。");

        handling.reply(id, "已在各社区公示栏张贴名单，并在网站公开。", List.of(), handler);
        tracking.rate(receipt.trackingCode(), receipt.queryCode(), "10.1.1.1", Rating.SATISFIED, "");
        assertThat(outbox.last().template()).isEqualTo("complaintRated");
        assertThat(text(outbox.last(), "body")).contains("您已评价", "：满意。");
        assertThat(outbox.notices).allSatisfy(n -> assertThat(n.to()).isEqualTo(new Contact("13812345678", null)));
    }

    @Test
    void aWithdrawalIsConfirmed() {
        Receipt receipt = submit("13812345678", "", Messages.CHINESE);
        tracking.withdraw(receipt.trackingCode(), receipt.queryCode(), "10.1.1.1", "");
        assertThat(outbox.last().template()).isEqualTo("complaintWithdrawn");
    }

    @Test
    void nobodyIsToldWithoutAPhoneOrAnEmailAddress() {
        intake.submit(new Submission(ComplaintType.SUGGESTION, null, null, "建议增加公开栏目", "建议增加公开栏目。",
                null, null, null, false, List.of()), ComplaintIntake.Origin.web("10.1.1.1", Messages.CHINESE));
        assertThat(outbox.notices).isEmpty();
    }

    @Test
    void aCallEnteredByStaffIsToldInChinese() {
        Receipt receipt = intake.submit(new Submission(ComplaintType.INQUIRY, null, null, "咨询低保申请条件",
                "想了解低保申请条件在哪里公开。", "李四", "13900001111", null, false, List.of()),
                new ComplaintIntake.Origin(Channel.PHONE, "10.0.0.1", null, staff("inspector")));
        assertThat(outbox.last().locale()).isEqualTo(Messages.CHINESE);
        assertThat(outbox.last().args()).first().isEqualTo(receipt.trackingCode());
    }
}
