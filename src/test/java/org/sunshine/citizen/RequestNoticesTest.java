package org.sunshine.citizen;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.base.i18n.Messages;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.inforequest.ApplicantKind;
import org.sunshine.inforequest.ConsultationKind;
import org.sunshine.inforequest.Delivery;
import org.sunshine.inforequest.ExtensionBasis;
import org.sunshine.inforequest.FormWanted;
import org.sunshine.inforequest.IdType;
import org.sunshine.inforequest.InfoRequest;
import org.sunshine.inforequest.ReplyForm;
import org.sunshine.inforequest.ReplyResult;
import org.sunshine.inforequest.RequestChannel;
import org.sunshine.inforequest.RequestForm;
import org.sunshine.inforequest.RequestHandling;
import org.sunshine.inforequest.RequestIntake;
import org.sunshine.inforequest.RequestOrigin;
import org.sunshine.inforequest.RequestPauses;
import org.sunshine.inforequest.RequestQueries;
import org.sunshine.inforequest.RequestReceipt;
import org.sunshine.inforequest.RequestTracking;
import org.sunshine.inforequest.RequestWorkflow;
import org.sunshine.notification.Contact;
import org.sunshine.notification.Notice;
import org.sunshine.notification.Notifier;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.security.UserService;
import org.sunshine.testing.MutableClock;
import org.sunshine.workflow.History;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant is told of each step that changes what they can do or by when — the journey across the 2026
 * National Day holiday — in the language they applied in, keyed on the step; the outbox is a recorder here.
 */
@MicronautTest(startApplication = false)
class RequestNoticesTest {

    private final MutableClock clock = MutableClock.shanghai("2026-09-23T02:00:00Z"); // Wednesday 23 Sep, 10:00 in Beijing
    private final NoticeRecorder outbox = new NoticeRecorder();

    @Inject
    RequestIntake intake;
    @Inject
    RequestHandling handling;
    @Inject
    RequestPauses pauses;
    @Inject
    RequestTracking tracking;
    @Inject
    RequestQueries queries;
    @Inject
    DepartmentService departments;
    @Inject
    UserRepository users;
    @Inject
    UserService userService;
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

    private void on(String date) {
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(clock), LocalDate.parse(date))));
    }

    private RequestForm form(String phone, String email) {
        long mzj = departments.active().stream().filter(d -> d.code().equals("MZJ")).mapToLong(DepartmentRow::id)
                .findFirst().orElseThrow();
        return new RequestForm(String.valueOf(mzj), ApplicantKind.PERSON, "张三丰", IdType.RESIDENT_ID,
                "11010519491231002X", null, null, null, phone, email, "盘锦市兴隆台区惠宾街 1 号", "124010",
                "2025 年度城乡低保资金发放明细", null, FormWanted.PAPER, Delivery.POST, List.of());
    }

    private InfoRequest load(long id) {
        return queries.find(id).orElseThrow();
    }

    private String english(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
    }

    private String text(Notice notice, String part) {
        return messages.getTranslation("notify." + notice.template() + "." + part, notice.locale(), notice.args().toArray());
    }

    @Test
    void anApplicationFiledInEnglishIsToldOfEveryStepOfItsClock() {
        SignedInUser handler = staff("handler");
        userService.setDisclosureHead(handler.id(), true, SignedInUser.SYSTEM);
        RequestReceipt receipt = intake.file(form("13812345678", "zsf@example.com"),
                RequestOrigin.online("10.1.1.1", Messages.ENGLISH));
        long id = receipt.id();
        Notice received = outbox.last();
        assertThat(received.template()).isEqualTo("requestReceived");
        assertThat(received.eventKey()).isEqualTo("inforequest:step:"
                + history.of(RequestWorkflow.TABLE, id).get(0).id());
        assertThat(received.to()).isEqualTo(new Contact("13812345678", "zsf@example.com"));
        assertThat(received.locale()).isEqualTo(Messages.ENGLISH);
        assertThat(received.args()).startsWith(receipt.requestNo(), "24 Sep", "24 Sep 2026");
        assertThat(received.args().get(3)).contains("民政局");
        assertThat(received.args().get(4)).isEqualTo("http://localhost:8080/disclosure/track?no=" + receipt.requestNo());
        assertThat(String.join(" ", received.args()) + text(received, "body")).doesNotContain(receipt.queryCode());

        on("2026-09-24");
        handling.register(id, handler);
        assertThat(outbox.last().template()).isEqualTo("requestRegistered");
        assertThat(text(outbox.last(), "sms")).isEqualTo(receipt.requestNo() + ": registered; reply due 29 Oct.");

        on("2026-09-30");
        handling.requestCorrection(id, "请写明所需信息的年度和发放地区。", handler);
        Notice correction = outbox.last();
        assertThat(correction.template()).isEqualTo("requestCorrection");
        assertThat(correction.args()).element(2).isEqualTo(english(load(id).getCorrectionDue()));
        assertThat(text(correction, "body")).contains("请写明所需信息的年度和发放地区。", "counts as abandoned");

        on("2026-10-09");
        tracking.correct(receipt.requestNo(), receipt.queryCode(), "2025 年度兴隆台区城乡低保资金发放明细", null, List.of());
        assertThat(outbox.last().template()).isEqualTo("requestCorrected");
        assertThat(outbox.last().args()).element(2).isEqualTo("5 Nov 2026");

        on("2026-10-13");
        long letter = pauses.consult(id, ConsultationKind.THIRD_PARTY, "盘锦市某养老服务中心", "是否同意公开？", handler);
        assertThat(outbox.last().template()).isEqualTo("requestPaused");
        assertThat(outbox.last().args()).element(2).as("the latest, with the whole consultation").isEqualTo("26 Nov 2026");
        assertThat(text(outbox.last(), "body")).doesNotContain("养老服务中心");

        on("2026-10-20");
        int told = outbox.notices.size();
        pauses.answer(id, letter, LocalDate.parse("2026-10-20"), "不同意公开具体金额。", handler);
        on("2026-11-02");
        pauses.requestExtension(id, ExtensionBasis.ART33, 10, "涉及第三方意见，需进一步核实。", handler);
        assertThat(outbox.notices).as("an answer and a request for more time are not told").hasSize(told);

        on("2026-11-03");
        pauses.decideExtension(id, true, "", handler);
        assertThat(outbox.last().template()).isEqualTo("requestExtended");
        assertThat(text(outbox.last(), "body")).contains("approved 10 more working days", "now due 26 Nov 2026");

        on("2026-11-20");
        handling.reply(id, new ReplyForm(ReplyResult.PARTIAL, "《中华人民共和国政府信息公开条例》第37条",
                "部分信息涉及第三方合法权益。", "各服务中心的具体补贴金额（第三方不同意公开）", null, null,
                "通过邮寄提供", List.of()), handler);
        Notice replied = outbox.last();
        assertThat(replied.template()).isEqualTo("requestReplied");
        assertThat(text(replied, "subject")).isEqualTo("Application " + receipt.requestNo() + " replied: Partly disclosed");
        assertThat(text(replied, "body")).contains("replied on 20 Nov 2026", "within 60 days", "within 6 months");
        assertThat(outbox.templates()).containsExactly("requestReceived", "requestRegistered", "requestCorrection",
                "requestCorrected", "requestPaused", "requestExtended", "requestReplied");
    }

    @Test
    void anApplicationRecordedByStaffIsRegisteredAtOnceAndItsWithdrawalConfirmed() {
        RequestReceipt receipt = intake.file(form("13812345678", null),
                RequestOrigin.staff(RequestChannel.IN_PERSON, staff("handler"), null));
        Notice registered = outbox.last();
        assertThat(registered.template()).isEqualTo("requestRegistered");
        assertThat(registered.locale()).isEqualTo(Messages.CHINESE);
        assertThat(text(registered, "sms")).isEqualTo("您的信息公开申请" + receipt.requestNo() + "已登记，将于10月28日前答复。");

        tracking.withdraw(receipt.requestNo(), receipt.queryCode(), "");
        assertThat(outbox.last().template()).isEqualTo("requestWithdrawn");
    }

    @Test
    void anApplicationNotCorrectedInTimeIsToldItEnded() {
        RequestReceipt receipt = intake.file(form(null, "zsf@example.com"),
                RequestOrigin.staff(RequestChannel.IN_PERSON, staff("handler"), null));
        handling.requestCorrection(receipt.id(), "请写明年度。", staff("handler"));
        on(load(receipt.id()).getCorrectionDue().plusDays(1).toString());
        handling.terminateOverdue();
        Notice ended = outbox.notices.stream().filter(n -> n.args().get(0).equals(receipt.requestNo()))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(ended.template()).isEqualTo("requestTerminated");
        assertThat(ended.to()).isEqualTo(new Contact(null, "zsf@example.com"));
        assertThat(text(ended, "body")).contains("已终止办理：其他处理：申请人逾期不补正");
    }
}
