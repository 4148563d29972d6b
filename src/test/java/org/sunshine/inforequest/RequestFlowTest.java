package org.sunshine.inforequest;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.audit.AuditRepository;
import org.sunshine.base.DomainException;
import org.sunshine.calendar.Warning;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.security.UserService;
import org.sunshine.testing.MutableClock;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An application's life on the statutory clock against the database (the issue's journey across the 2026 National Day
 * holiday), with the clock set to each day; each test is rolled back.
 */
@MicronautTest(startApplication = false)
class RequestFlowTest {

    private final MutableClock clock = MutableClock.shanghai("2026-09-23T02:00:00Z"); // Wednesday 23 Sep, 10:00 in Beijing

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
    RequestDetails details;
    @Inject
    RequestRepository requests;
    @Inject
    DepartmentService departments;
    @Inject
    UserRepository users;
    @Inject
    UserService userService;
    @Inject
    AuditRepository audit;
    @Inject
    org.sunshine.calendar.CalendarService calendarService;
    @Inject
    org.sunshine.calendar.WorkingDayCalendar calendar;
    @Inject
    org.sunshine.workflow.History history;

    @org.junit.jupiter.api.AfterEach
    void forgetRolledBackCalendarChanges() {
        calendar.reload();
    }

    @Test
    void aCalendarChangeMovesAnOpenApplicationsDeadline() {
        SignedInUser handler = staff("handler");
        on("2026-11-16");
        RequestReceipt receipt = intake.file(form(), RequestOrigin.online("10.1.1.9"));
        handling.register(receipt.id(), handler);
        assertThat(load(receipt.id()).getReplyDue()).isEqualTo(LocalDate.parse("2026-12-14"));

        int moved = calendarService.setDay(LocalDate.parse("2026-11-23"), true, "临时停工", SignedInUser.SYSTEM);
        assertThat(moved).isGreaterThanOrEqualTo(1);
        assertThat(load(receipt.id()).getReplyDue()).isEqualTo(LocalDate.parse("2026-12-15"));
        assertThat(history.of(RequestWorkflow.TABLE, receipt.id())).last().satisfies(step -> {
            assertThat(step.action()).isEqualTo(RequestAction.DEADLINE_CHANGED);
            assertThat(step.note()).isEqualTo("2026-12-14 -> 2026-12-15");
        });
    }

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
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
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock), LocalDate.parse(date));
        clock.advance(Duration.ofDays(days));
    }

    private RequestForm form() {
        return new RequestForm(String.valueOf(department("MZJ")), ApplicantKind.PERSON, "张三丰", IdType.RESIDENT_ID,
                "11010519491231002X", null, null, null, "13812345678", "zsf@example.com", "盘锦市兴隆台区惠宾街 1 号",
                "124010", "2025 年度城乡低保资金发放明细", null, FormWanted.EMAIL, Delivery.EMAIL, List.of());
    }

    private InfoRequest load(long id) {
        return requests.findById(id).orElseThrow();
    }

    @Test
    void theIssuesJourneyAcrossNationalDayEndsInTime() {
        SignedInUser handler = staff("handler");
        userService.setDisclosureHead(handler.id(), true, SignedInUser.SYSTEM);
        RequestReceipt receipt = intake.file(form(), RequestOrigin.online("10.1.1.1"));
        long id = receipt.id();
        assertThat(load(id).getState()).isEqualTo(RequestState.SUBMITTED);
        assertThat(load(id).getRegisterDue()).isEqualTo(LocalDate.parse("2026-09-24"));

        on("2026-09-24");
        handling.register(id, handler);
        assertThat(load(id).getReceivedOn()).isEqualTo(LocalDate.parse("2026-09-24"));
        assertThat(load(id).isLateRegistration()).isFalse();
        assertThat(load(id).getReplyDue()).isEqualTo(LocalDate.parse("2026-10-29"));

        on("2026-09-30");
        handling.requestCorrection(id, "请写明所需信息的年度和发放地区。", handler);
        assertThat(load(id).getState()).isEqualTo(RequestState.CORRECTION_REQUESTED);
        assertThat(load(id).getReplyDue()).isNull();

        on("2026-10-09");
        tracking.correct(receipt.requestNo(), receipt.queryCode(), "2025 年度兴隆台区城乡低保资金发放明细", null, List.of());
        assertThat(load(id).getState()).isEqualTo(RequestState.REGISTERED);
        assertThat(load(id).getReplyStart()).isEqualTo(LocalDate.parse("2026-10-09"));
        assertThat(load(id).getReplyDue()).isEqualTo(LocalDate.parse("2026-11-05"));

        on("2026-10-13");
        long letter = pauses.consult(id, ConsultationKind.THIRD_PARTY, "盘锦市某养老服务中心", "是否同意公开贵单位的补贴发放金额？", handler);
        assertThat(load(id).getReplyDue()).as("paused while open: its 15 working days not counted")
                .isEqualTo(LocalDate.parse("2026-11-26"));

        on("2026-10-20");
        pauses.answer(id, letter, LocalDate.parse("2026-10-20"), "不同意公开具体金额。", handler);
        assertThat(load(id).getReplyDue()).isEqualTo(LocalDate.parse("2026-11-12"));
        assertThat(load(id).getPausedDays()).isEqualTo(5);

        on("2026-11-02");
        pauses.requestExtension(id, ExtensionBasis.ART33, 10, "涉及第三方意见，需进一步核实。", handler);
        assertThat(load(id).getState()).isEqualTo(RequestState.EXTENSION_REQUESTED);
        assertThat(details.detail(id, handler).actions()).contains(RequestAction.APPROVE_EXTENSION);

        on("2026-11-03");
        pauses.decideExtension(id, true, "", handler);
        assertThat(load(id).getState()).isEqualTo(RequestState.REGISTERED);
        assertThat(load(id).getReplyDue()).isEqualTo(LocalDate.parse("2026-11-26"));

        on("2026-11-20");
        handling.reply(id, new ReplyForm(ReplyResult.PARTIAL, "《中华人民共和国政府信息公开条例》第37条",
                "部分信息涉及第三方合法权益。", "各服务中心的具体补贴金额（第三方不同意公开）", null, null,
                "通过电子邮件提供", List.of()), handler);
        InfoRequest replied = load(id);
        assertThat(replied.getState()).isEqualTo(RequestState.REPLIED);
        assertThat(replied.getResult()).isEqualTo(ReplyResult.PARTIAL);
        assertThat(replied.getRepliedInTime()).isTrue();
        assertThat(details.detail(id, handler).documents()).extracting(RequestDocument.Info::kind)
                .contains(DocumentKind.RECEIPT, DocumentKind.CORRECTION_NOTICE, DocumentKind.CONSULTATION_LETTER,
                        DocumentKind.EXTENSION_NOTICE, DocumentKind.REPLY);
    }

    @Test
    void aSecondCorrectionIsRefused() {
        SignedInUser handler = staff("handler");
        RequestReceipt receipt = intake.file(form(), RequestOrigin.staff(RequestChannel.IN_PERSON, handler, null));
        handling.requestCorrection(receipt.id(), "请写明年度。", handler);
        on("2026-09-25");
        handling.recordCorrection(receipt.id(), "2025 年度城乡低保资金发放明细", null, handler);
        assertThat(details.detail(receipt.id(), handler).actions()).doesNotContain(RequestAction.REQUEST_CORRECTION);
        assertThatThrownBy(() -> handling.requestCorrection(receipt.id(), "请写明地区。", handler))
                .isInstanceOf(DomainException.class).hasMessageContaining("inforequest.error.correctionOnce");
    }

    @Test
    void aCorrectionAfterSevenWorkingDaysIsRefused() {
        SignedInUser handler = staff("handler");
        RequestReceipt receipt = intake.file(form(), RequestOrigin.staff(RequestChannel.IN_PERSON, handler, null));
        on("2026-10-12"); // 23 Sep + 7 working days (National Day between) is 9 October
        assertThat(details.detail(receipt.id(), handler).actions()).doesNotContain(RequestAction.REQUEST_CORRECTION);
        assertThatThrownBy(() -> handling.requestCorrection(receipt.id(), "请写明年度。", handler))
                .isInstanceOf(DomainException.class).hasMessageContaining("inforequest.error.correctionLate");
        assertThat(load(receipt.id()).getState()).isEqualTo(RequestState.REGISTERED);
    }

    @Test
    void aLateRegistrationIsMarkedAndItsReceiptDateCapped() {
        SignedInUser handler = staff("handler");
        RequestReceipt receipt = intake.file(form(), RequestOrigin.online("10.1.1.1"));
        on("2026-09-25"); // due on the 24th
        assertThat(queries.search(RequestFilter.ALL.withWarning(Warning.RED), handler, 0, 50))
                .extracting(RequestRow::id).contains(receipt.id());
        handling.register(receipt.id(), handler);
        InfoRequest r = load(receipt.id());
        assertThat(r.isLateRegistration()).isTrue();
        assertThat(r.getReceivedOn()).isEqualTo(LocalDate.parse("2026-09-24"));
        assertThat(queries.search(new RequestFilter(null, Set.of(), null, true, null, null, null, null, null, null),
                handler, 0, 50)).extracting(RequestRow::id).contains(receipt.id());
    }

    @Test
    void onlyTheHeadDecidesAnExtension() {
        SignedInUser handler = staff("handler");
        userService.setDisclosureHead(handler.id(), false, SignedInUser.SYSTEM);
        RequestReceipt receipt = intake.file(form(), RequestOrigin.staff(RequestChannel.IN_PERSON, handler, null));
        pauses.requestExtension(receipt.id(), ExtensionBasis.ART33, 10, "需要调取档案。", handler);
        assertThat(details.detail(receipt.id(), handler).actions())
                .doesNotContain(RequestAction.APPROVE_EXTENSION, RequestAction.REFUSE_EXTENSION);
        assertThatThrownBy(() -> pauses.decideExtension(receipt.id(), true, "", handler))
                .isInstanceOf(DomainException.class).hasMessageContaining("inforequest.error.notHead");
        assertThat(load(receipt.id()).getExtensionDays()).isZero();
    }

    @Test
    void aHandlerOfAnotherDepartmentSeesAndDoesNothing() {
        SignedInUser handler = staff("handler");
        RequestReceipt receipt = intake.file(form(), RequestOrigin.online("10.1.1.1"));
        String other = departments.active().stream().map(DepartmentRow::code)
                .filter(c -> !c.equals("MZJ") && !c.equals("SZFB")).findFirst().orElseThrow();
        SignedInUser stranger = staff("h." + other.toLowerCase());
        assertThatThrownBy(() -> handling.register(receipt.id(), stranger))
                .isInstanceOf(DomainException.class).hasMessageContaining("error.notAllowed");
        assertThatThrownBy(() -> details.detail(receipt.id(), stranger)).isInstanceOf(DomainException.class);
        assertThat(queries.search(RequestFilter.ALL, stranger, 0, 50)).extracting(RequestRow::id)
                .doesNotContain(receipt.id());
        assertThat(queries.search(RequestFilter.ALL, handler, 0, 50)).extracting(RequestRow::id)
                .contains(receipt.id());
        assertThat(load(receipt.id()).getState()).isEqualTo(RequestState.SUBMITTED);
    }
}
