package org.sunshine.complaint;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sunshine.workflow.Step;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditRepository;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.Attachments;
import org.sunshine.calendar.CalendarService;
import org.sunshine.calendar.Warning;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.directory.DepartmentFilter;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.testing.MutableClock;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A complaint's whole life against the database, with the clock set to the days the deadlines are about.
 * Each test is rolled back.
 */
@MicronautTest(startApplication = false)
class ComplaintFlowTest {

    private final MutableClock clock = MutableClock.shanghai("2026-02-12T02:00:00Z"); // Thursday 12 Feb, 10:00 in Beijing

    @Inject
    ComplaintIntake intake;
    @Inject
    ComplaintHandling handling;
    @Inject
    ComplaintTracking tracking;
    @Inject
    ComplaintQueries queries;
    @Inject
    ComplaintExpiry expiry;
    @Inject
    ComplaintRepository complaints;
    @Inject
    DepartmentService departments;
    @Inject
    UserRepository users;
    @Inject
    CalendarService calendarService;
    @Inject
    WorkingDayCalendar calendar;
    @Inject
    AuditRepository audit;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @AfterEach
    void forgetRolledBackCalendarChanges() {
        calendar.reload();
    }

    private SignedInUser staff(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }

    private long department(String code) {
        return departments.search(new DepartmentFilter(code, null, true)).stream().filter(d -> d.code().equals(code))
                .mapToLong(DepartmentRow::id).findFirst().orElseThrow();
    }

    private Receipt submit() {
        return intake.submit(new Submission(ComplaintType.COMPLAINT, null, department("MZJ"), "低保名单没有公示",
                "本社区今年的低保对象名单没有按规定公示，请督促民政局公开。", "张三丰", "13812345678", false, List.of()),
                ComplaintIntake.Origin.web("10.1.1.1"));
    }

    private Complaint load(Receipt receipt) {
        return complaints.findById(receipt.id()).orElseThrow();
    }

    private void advanceTo(String date) {
        LocalDate target = LocalDate.parse(date);
        while (LocalDate.now(clock).isBefore(target)) {
            clock.advance(Duration.ofDays(1));
        }
    }

    @Test
    void theDemoCountsSeeEveryComplaintAndOnlyTheNamedComplainants() {
        long total = queries.total();
        long byName = queries.countByComplainant("张三丰");
        submit();
        assertThat(queries.total()).isEqualTo(total + 1);
        assertThat(queries.countByComplainant("张三丰")).isEqualTo(byName + 1);
        assertThat(queries.countByComplainant("从未投诉的人")).isZero();
    }

    @Test
    void aTrackingCodeDrawnTwiceIsDrawnAgain() {
        Receipt first = submit();
        Iterator<String> draws = List.of(first.trackingCode(), first.trackingCode(), "20260212-000777").iterator();
        intake.trackingCodes = day -> draws.next();
        try {
            Receipt second = submit();
            assertThat(second.trackingCode()).isEqualTo("20260212-000777");
            assertThat(load(first).getTrackingCode()).isEqualTo(first.trackingCode());
            assertThat(load(second).getSubject()).isEqualTo("低保名单没有公示");
        } finally {
            intake.trackingCodes = TrackingCodes::trackingCode;
        }
    }

    @Test
    void aComplaintAcrossTheSpringFestivalFromSubmissionToRating() {
        Receipt receipt = submit();
        // Saturday 14 February is a make-up workday: 2 working days after Thursday 12 February
        assertThat(receipt.acceptDue()).isEqualTo(LocalDate.parse("2026-02-14"));
        assertThat(receipt.trackingCode()).startsWith("20260212-");

        SignedInUser inspector = staff("inspector");
        SignedInUser handler = staff("handler");
        advanceTo("2026-02-13");
        handling.accept(receipt.id(), "", inspector);
        assertThat(queries.suggestedDepartments(receipt.id())).first().isEqualTo(department("MZJ"));
        handling.assign(receipt.id(), department("MZJ"), "请按期答复", inspector);
        // 10 working days from Friday 13 February: the holiday of 15-23 February is skipped, Saturday 28 February counts
        assertThat(load(receipt).getHandleDue()).isEqualTo(LocalDate.parse("2026-03-05"));

        handling.receive(receipt.id(), handler);
        handling.requestExtension(receipt.id(), 5, "需要核实各社区名单", handler);
        handling.decideExtension(receipt.id(), true, "同意", inspector);
        assertThat(load(receipt).getHandleDue()).isEqualTo(LocalDate.parse("2026-03-12"));
        assertThatThrownBy(() -> handling.requestExtension(receipt.id(), 2, "再延", handler))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("complaint.error.extensionOnce"));

        advanceTo("2026-03-04");
        handling.reply(receipt.id(), "已督促各社区在公示栏和政府网站公示低保名单。", List.of(
                new Attachments.Upload("公示照片.png", ComplaintRulesTest.PNG)), handler);
        Complaint replied = load(receipt);
        assertThat(replied.getState()).isEqualTo(ComplaintState.REPLIED);
        assertThat(replied.getRatingDue()).isEqualTo(LocalDate.parse("2026-03-11"));

        tracking.rate(receipt.trackingCode(), receipt.queryCode(), "10.1.1.1", Rating.SATISFIED, "很快");
        Complaint closed = load(receipt);
        assertThat(closed.getState()).isEqualTo(ComplaintState.CLOSED);
        assertThat(closed.getRating()).isEqualTo(Rating.SATISFIED);

        ComplaintDetail detail = queries.detail(receipt.id(), inspector);
        assertThat(detail.steps()).extracting(Step::action).containsExactly(
                ComplaintAction.SUBMIT, ComplaintAction.ACCEPT, ComplaintAction.ASSIGN, ComplaintAction.RECEIVE, ComplaintAction.REQUEST_EXTENSION,
                ComplaintAction.APPROVE_EXTENSION, ComplaintAction.REPLY, ComplaintAction.RATE);
        assertThat(detail.steps()).extracting(Step::to).containsExactly(
                ComplaintState.SUBMITTED, ComplaintState.ACCEPTED, ComplaintState.ASSIGNED, ComplaintState.IN_PROGRESS,
                ComplaintState.EXTENSION_REQUESTED, ComplaintState.IN_PROGRESS, ComplaintState.REPLIED, ComplaintState.CLOSED);
        assertThat(detail.steps().get(2).actorName()).isEqualTo("王明");
        assertThat(detail.attachments()).extracting(ComplaintAttachment.Info::fileName).containsExactly("公示照片.png");
    }

    @Test
    void aReplyNotRatedInTimeClosesAsNotRated() {
        Receipt receipt = submit();
        SignedInUser inspector = staff("inspector");
        handling.accept(receipt.id(), "", inspector);
        handling.assign(receipt.id(), department("MZJ"), "", inspector);
        handling.receive(receipt.id(), staff("handler"));
        handling.reply(receipt.id(), "已处理。", List.of(), staff("handler"));
        // 5 working days from Thursday 12 February: 13, the make-up Saturday 14, then 24, 25 and 26 after the holiday
        assertThat(load(receipt).getRatingDue()).isEqualTo(LocalDate.parse("2026-02-26"));
        advanceTo("2026-02-26");
        expiry.closeUnrated();
        assertThat(load(receipt).getState()).as("still open to rating on its last day").isEqualTo(ComplaintState.REPLIED);
        advanceTo("2026-02-27");
        assertThat(expiry.closeUnrated()).isGreaterThanOrEqualTo(1);
        Complaint closed = load(receipt);
        assertThat(closed.getState()).isEqualTo(ComplaintState.CLOSED);
        assertThat(closed.getRating()).isEqualTo(Rating.NOT_RATED);
    }

    @Test
    void theComplainantReopensOnceThenMustRate() {
        Receipt receipt = submit();
        SignedInUser inspector = staff("inspector");
        SignedInUser handler = staff("handler");
        handling.accept(receipt.id(), "", inspector);
        handling.assign(receipt.id(), department("MZJ"), "", inspector);
        handling.receive(receipt.id(), handler);
        handling.reply(receipt.id(), "已处理。", List.of(), handler);
        advanceTo("2026-02-25");
        tracking.reopen(receipt.trackingCode(), receipt.queryCode(), "10.1.1.1", "名单仍未公示");
        Complaint reopened = load(receipt);
        assertThat(reopened.getState()).isEqualTo(ComplaintState.REOPENED);
        // a new clock of 10 working days from 25 February, the make-up Saturday 28 February included
        assertThat(reopened.getHandleDue()).isEqualTo(LocalDate.parse("2026-03-10"));
        handling.reply(receipt.id(), "已在政府网站公示。", List.of(), handler);
        assertThatThrownBy(() -> tracking.reopen(receipt.trackingCode(), receipt.queryCode(), "10.1.1.1", "还是不满意"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("complaint.error.reopenOnce"));
        tracking.rate(receipt.trackingCode(), receipt.queryCode(), "10.1.1.1", Rating.DISSATISFIED, "");
        assertThat(load(receipt).getState()).isEqualTo(ComplaintState.CLOSED);
    }

    @Test
    void aReturnGoesBackToTheInspectorWhoRoutesItAgain() {
        Receipt receipt = submit();
        SignedInUser inspector = staff("inspector");
        handling.accept(receipt.id(), "", inspector);
        handling.assign(receipt.id(), department("MZJ"), "", inspector);
        handling.requestReturn(receipt.id(), "属于教育局职责", staff("handler"));
        handling.decideReturn(receipt.id(), true, "同意", inspector);
        assertThat(load(receipt).getState()).isEqualTo(ComplaintState.ACCEPTED);
        assertThat(load(receipt).getDepartmentId()).isNull();
        // the handler of the former department no longer sees it
        assertThatThrownBy(() -> queries.detail(receipt.id(), staff("handler"))).hasMessageContaining("error.notAllowed");
        handling.assign(receipt.id(), department("JYJ"), "", inspector);
        assertThat(load(receipt).getState()).isEqualTo(ComplaintState.ASSIGNED);
    }

    @Test
    void aHandlerActsOnlyOnTheirOwnDepartmentsItems() {
        Receipt receipt = submit();
        SignedInUser inspector = staff("inspector");
        handling.accept(receipt.id(), "", inspector);
        handling.assign(receipt.id(), department("JYJ"), "", inspector);
        assertThatThrownBy(() -> handling.receive(receipt.id(), staff("handler"))).hasMessageContaining("error.notAllowed");
        SignedInUser leader = staff("leader");
        assertThatThrownBy(() -> handling.remind(receipt.id(), "快", leader)).hasMessageContaining("error.notAllowed");
        assertThat(queries.search(ComplaintFilter.ALL, staff("handler"), 0, 50).getContent())
                .extracting(ComplaintRow::id).doesNotContain(receipt.id());
        assertThat(queries.search(ComplaintFilter.ALL, leader, 0, 50).getContent())
                .extracting(ComplaintRow::id).contains(receipt.id());
    }

    @Test
    void theIdentityIsMaskedAndEveryUnmaskedViewIsAudited() {
        Receipt receipt = submit();
        SignedInUser inspector = staff("inspector");
        handling.accept(receipt.id(), "", inspector);
        handling.assign(receipt.id(), department("MZJ"), "", inspector);
        ComplaintDetail asHandler = queries.detail(receipt.id(), staff("handler"));
        assertThat(asHandler.maskedName()).isEqualTo("张**");
        assertThat(asHandler.maskedPhone()).isEqualTo("138****5678");
        assertThat(asHandler.canReveal()).as("no consent").isFalse();
        assertThatThrownBy(() -> queries.revealIdentity(receipt.id(), staff("handler"), "10.0.0.9")).hasMessageContaining("error.notAllowed");

        assertThat(queries.revealIdentity(receipt.id(), inspector, "10.0.0.8")).isEqualTo(new ComplaintQueries.Identity("张三丰", "13812345678", ""));
        assertThat(audit.findByTargetTypeAndTargetIdOrderByIdDesc("complaint", receipt.trackingCode()))
                .extracting(e -> e.action()).containsExactly(AuditAction.PERSONAL_DATA_VIEWED);
    }

    @Test
    void warningsAndTheirFilters() {
        Receipt receipt = submit();
        SignedInUser inspector = staff("inspector");
        // due Saturday 14 February (a make-up workday): three working days left on the 12th, two on the 13th
        assertThat(queries.detail(receipt.id(), inspector).row().warning()).isEqualTo(Warning.NONE);
        advanceTo("2026-02-13");
        assertThat(queries.detail(receipt.id(), inspector).row().warning()).isEqualTo(Warning.YELLOW);
        assertThat(queries.search(new ComplaintFilter(Set.of(), null, null, Warning.YELLOW, null), inspector, 0, 50).getContent())
                .extracting(ComplaintRow::id).contains(receipt.id());
        advanceTo("2026-02-24");
        assertThat(queries.detail(receipt.id(), inspector).row().warning()).isEqualTo(Warning.RED);
        assertThat(queries.search(new ComplaintFilter(Set.of(), null, null, Warning.RED, null), inspector, 0, 50).getContent())
                .extracting(ComplaintRow::id).contains(receipt.id());
        assertThat(queries.search(new ComplaintFilter(Set.of(), null, null, Warning.NONE, null), inspector, 0, 50).getContent())
                .extracting(ComplaintRow::id).doesNotContain(receipt.id());
        handling.accept(receipt.id(), "", inspector);
        handling.assign(receipt.id(), department("MZJ"), "", inspector);
        assertThat(queries.detail(receipt.id(), inspector).row().warning()).isEqualTo(Warning.NONE);
        assertThat(queries.search(new ComplaintFilter(Set.of(ComplaintState.ASSIGNED), department("MZJ"), null, Warning.NONE, "低保"),
                inspector, 0, 50).getContent()).extracting(ComplaintRow::id).contains(receipt.id());
    }

    @Test
    void aCalendarChangeMovesOpenDeadlinesAndSaysSo() {
        Receipt receipt = submit();
        SignedInUser inspector = staff("inspector");
        advanceTo("2026-11-20");
        handling.accept(receipt.id(), "", inspector);
        handling.assign(receipt.id(), department("MZJ"), "", inspector);
        assertThat(load(receipt).getHandleDue()).isEqualTo(LocalDate.parse("2026-12-04"));

        int moved = calendarService.setDay(LocalDate.parse("2026-11-23"), true, "临时停工", SignedInUser.SYSTEM);
        assertThat(moved).isGreaterThanOrEqualTo(1);
        assertThat(load(receipt).getHandleDue()).isEqualTo(LocalDate.parse("2026-12-07"));
        assertThat(queries.detail(receipt.id(), inspector).steps()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(ComplaintAction.DEADLINE_CHANGED);
            assertThat(e.note()).isEqualTo("2026-12-04 -> 2026-12-07");
        });
    }

    @Test
    void theQueryCodeIsSecretAndGuessingIsLimited() {
        Receipt receipt = submit();
        assertThat(tracking.find(receipt.trackingCode(), receipt.queryCode(), "10.2.2.2")).isPresent();
        assertThat(tracking.find(receipt.trackingCode(), "AAAAAAAA", "10.2.2.2")).isEmpty();
        for (int i = 0; i < 9; i++) {
            tracking.find(receipt.trackingCode(), "BBBBBBB" + i, "10.2.2.2");
        }
        assertThatThrownBy(() -> tracking.find(receipt.trackingCode(), receipt.queryCode(), "10.2.2.2"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("complaint.error.tooManyLookups"));
        assertThat(tracking.find(receipt.trackingCode(), receipt.queryCode(), "10.3.3.3")).isPresent();
    }

    @Test
    void theComplainantWithdrawsBeforeTheReplyButNotAfter() {
        Receipt receipt = submit();
        tracking.withdraw(receipt.trackingCode(), receipt.queryCode(), "10.1.1.1", "已自行解决");
        assertThat(load(receipt).getState()).isEqualTo(ComplaintState.WITHDRAWN);
        assertThatThrownBy(() -> handling.accept(receipt.id(), "", staff("inspector")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("workflow.error.refused"));
    }

    @Test
    void badSubmissionsAreExplainedAndNothingIsSaved() {
        long before = complaints.count();
        assertError(new Submission(null, null, null, "标题", "内容", null, null, false, List.of()), "type");
        assertError(new Submission(ComplaintType.REPORT, null, null, " ", "内容", null, null, false, List.of()), "subject");
        assertError(new Submission(ComplaintType.REPORT, null, null, "标题", "", null, null, false, List.of()), "content");
        assertError(new Submission(ComplaintType.REPORT, null, null, "标题", "内容", null, "电话号码", false, List.of()), "phone");
        assertError(new Submission(ComplaintType.REPORT, null, null, "标题", "内容", null, null, false,
                List.of(new Attachments.Upload("x.pdf", "not a pdf".getBytes()))), "attachments");
        assertThat(complaints.count()).isEqualTo(before);
    }

    @Test
    void onlyAnInspectorEntersACallOrALetter() {
        Submission call = new Submission(ComplaintType.INQUIRY, null, null, "咨询公开指南", "政府信息公开指南在哪里查看？",
                "李四", "0427-2812345", true, List.of());
        Receipt receipt = intake.submit(call, new ComplaintIntake.Origin(Channel.PHONE, "", null, staff("inspector")));
        Complaint complaint = load(receipt);
        assertThat(complaint.getChannel()).isEqualTo(Channel.PHONE);
        assertThat(complaint.isConsentDisclose()).isTrue();
        assertThat(queries.detail(receipt.id(), staff("inspector")).steps().get(0).actorName()).isEqualTo("王明");
        assertThatThrownBy(() -> intake.submit(call, new ComplaintIntake.Origin(Channel.LETTER, "", null, staff("handler"))))
                .hasMessageContaining("error.notAllowed");
        SignedInUser admin = new SignedInUser(1, "admin", "管理员", Role.ADMIN, null);
        assertThatThrownBy(() -> queries.detail(receipt.id(), admin)).hasMessageContaining("error.notAllowed");
    }

    private void assertError(Submission submission, String field) {
        assertThatThrownBy(() -> intake.submit(submission, ComplaintIntake.Origin.web("10.9.9.9")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
