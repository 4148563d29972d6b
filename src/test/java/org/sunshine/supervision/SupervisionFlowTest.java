package org.sunshine.supervision;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.Attachments;
import org.sunshine.calendar.Warning;
import org.sunshine.complaint.ComplaintHandling;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.Receipt;
import org.sunshine.complaint.Submission;
import org.sunshine.directory.DepartmentFilter;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.finding.FindingAction;
import org.sunshine.finding.FindingDecisions;
import org.sunshine.finding.FindingDetail;
import org.sunshine.finding.FindingFilter;
import org.sunshine.finding.FindingQueries;
import org.sunshine.finding.FindingRow;
import org.sunshine.finding.FindingService;
import org.sunshine.finding.FindingSource;
import org.sunshine.finding.FindingStage;
import org.sunshine.finding.IssueType;
import org.sunshine.finding.NewFinding;
import org.sunshine.rectification.RectificationAction;
import org.sunshine.rectification.RectificationDetail;
import org.sunshine.rectification.Rectifications;
import org.sunshine.rectification.Report;
import org.sunshine.finding.Severity;
import org.sunshine.security.AuthenticationService;
import org.sunshine.security.LoginOutcome;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.security.UserService;
import org.sunshine.testing.MutableClock;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.Step;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Social supervision against the database: who gets a review, what a low score does, how a term ends, and a
 * finding from filing to closing with its deadlines. The complaints are about 市审计局, which no demo supervisor
 * covers, so only the supervisors appointed here take part. The sample rate is set to 30 % for this class to show
 * that it is read from the configuration (the default is 100 %). Each test is rolled back.
 */
@MicronautTest(startApplication = false)
@Property(name = "sunshine.supervision.sample-percent", value = "30")
class SupervisionFlowTest {

    private static final String PASSWORD = "Right2026";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    private final MutableClock clock = MutableClock.shanghai("2026-03-02T02:00:00Z"); // Monday 2 March, 10:00 in Beijing

    @Inject
    SupervisorService supervisors;
    @Inject
    SupervisorRoster roster;
    @Inject
    SupervisorTerms terms;
    @Inject
    SupervisorRepository supervisorRows;
    @Inject
    ReviewService reviews;
    @Inject
    ReviewAssignment assignment;
    @Inject
    ReviewQueries reviewQueries;
    @Inject
    ReviewDetails reviewDetails;
    @Inject
    ReviewTaskRepository tasks;
    @Inject
    FindingService findings;
    @Inject
    FindingDecisions decisions;
    @Inject
    Rectifications rectifications;
    @Inject
    FindingQueries findingQueries;
    @Inject
    ComplaintIntake intake;
    @Inject
    ComplaintHandling handling;
    @Inject
    DepartmentService departments;
    @Inject
    ResponsibilityService responsibilities;
    @Inject
    UserRepository users;
    @Inject
    UserService userService;
    @Inject
    AuthenticationService authentication;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void everyReplyIsDrawn() {
        assignment.percentile = () -> 0;
    }

    // --- reviews ----------------------------------------------------------------------------------------------

    @Test
    void eachReplyInScopeGoesToTheLeastBusySupervisorWithTenWorkingDays() {
        long nobody = replied("审计报告未公开");
        assertThat(tasks.findByComplaintIdOrderById(nobody)).as("no supervisor covers 市审计局 yet").isEmpty();

        long newcomer = appoint("t.new", "新来的", "2026-01-01", "2027-12-31");
        long veteran = appoint("t.old", "老资格", "2025-06-01", "2027-05-31");
        long first = replied("审计整改结果未公开");
        long second = replied("审计公告链接失效");
        long third = replied("审计计划未公开");
        // a tie goes to the longer serving supervisor; then the one with fewer tasks waiting
        assertThat(taskOf(first).getSupervisorId()).isEqualTo(veteran);
        assertThat(taskOf(second).getSupervisorId()).isEqualTo(newcomer);
        assertThat(taskOf(third).getSupervisorId()).isEqualTo(veteran);
        // given on Monday 2 March, due 10 working days later
        assertThat(taskOf(first).getAssignedOn()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(taskOf(first).getDueOn()).isEqualTo(LocalDate.parse("2026-03-16"));
        assertThat(tasks.findByComplaintIdOrderById(first)).as("one supervisor per complaint").hasSize(1);
        assertThat(taskOf(first).getCreatedAt()).as("stamped from the application's clock").isEqualTo(clock.instant());
    }

    @Test
    void theSampleRateDecidesWhichRepliesAreReviewed() {
        appoint("t.sample", "抽样", "2026-01-01", "2027-12-31");
        assignment.percentile = () -> 29;
        long drawn = replied("抽中的诉求");
        assignment.percentile = () -> 30;
        long notDrawn = replied("未抽中的诉求");
        assertThat(tasks.findByComplaintIdOrderById(drawn)).hasSize(1);
        assertThat(tasks.findByComplaintIdOrderById(notDrawn)).isEmpty();
    }

    @Test
    void aLowScoreNeedsAReasonAndOpensAFindingAgainstTheDepartment() {
        appoint("t.reviewer", "评议人", "2026-01-01", "2027-12-31");
        SignedInUser reviewer = user("t.reviewer");
        long complaint = replied("审计结果公告不完整");
        long task = taskOf(complaint).getId();

        assertRefused(() -> reviews.review(task, 4, 2, 5, "  ", reviewer), "comment", "review.error.lowScoreComment");
        assertRefused(() -> reviews.review(task, 4, 6, 5, "", reviewer), "quality", "review.error.score");
        assertRefused(() -> reviews.review(task, null, 3, 5, "", reviewer), "timeliness", "review.error.score");
        assertThat(taskOf(complaint).getState()).as("nothing saved").isEqualTo(ReviewState.PENDING);

        Optional<Long> finding = reviews.review(task, 4, 2, 5, "答复只说已公开，没有给出链接。", reviewer);
        assertThat(finding).isPresent();
        FindingRow row = findingQueries.detail(finding.get(), user("inspector")).row();
        assertThat(row.source()).isEqualTo(FindingSource.REVIEW);
        assertThat(row.issueType()).as("the lowest score was the quality of the reply").isEqualTo(IssueType.INCOMPLETE);
        assertThat(row.severity()).isEqualTo(Severity.MINOR);
        assertThat(row.stage()).isEqualTo(FindingStage.SUBMITTED);
        assertThat(row.departmentName()).isEqualTo("市审计局");
        assertThat(row.description()).contains("审计结果公告不完整", "答复质量 2 分", "没有给出链接");
        assertThat(taskOf(complaint).getState()).isEqualTo(ReviewState.REVIEWED);
        assertThat(taskOf(complaint).getFindingId()).isEqualTo(finding.get());
        assertThatThrownBy(() -> reviews.review(task, 5, 5, 5, "", reviewer)).as("reviewed once")
                .hasMessageContaining("workflow.error.refused");
        assertThat(steps(task)).extracting(Step::action).containsExactly(ReviewAction.ASSIGN, ReviewAction.REVIEW);
        assertThat(steps(task).get(0)).satisfies(s -> {
            assertThat(s.from()).isNull();
            assertThat(s.to()).isEqualTo(ReviewState.PENDING);
            assertThat(s.actor()).isEqualTo(Actor.SYSTEM);
            assertThat(s.note()).contains("评议人");
        });
        assertThat(steps(task).get(1)).satisfies(s -> {
            assertThat(s.to()).isEqualTo(ReviewState.REVIEWED);
            assertThat(s.actor()).isEqualTo(Actor.SUPERVISOR);
            assertThat(s.actorName()).isEqualTo("评议人");
            assertThat(s.note()).isEqualTo("答复只说已公开，没有给出链接。");
        });

        long fine = replied("审计公告格式");
        assertThat(reviews.review(taskOf(fine).getId(), 3, 4, 5, "", reviewer)).as("3 is not low").isEmpty();
        long worst = replied("审计公告迟迟不发");
        Optional<Long> serious = reviews.review(taskOf(worst).getId(), 1, 3, 3, "拖了两个月。", reviewer);
        FindingRow late = findingQueries.detail(serious.orElseThrow(), user("inspector")).row();
        assertThat(late.issueType()).isEqualTo(IssueType.LATE);
        assertThat(late.severity()).as("a score of 1").isEqualTo(Severity.MAJOR);
    }

    @Test
    void onlyTheSupervisorGivenTheTaskReviewsIt() {
        appoint("t.mine", "本人", "2025-01-01", "2027-12-31");
        appoint("t.other", "他人", "2026-01-01", "2027-12-31");
        long task = taskOf(replied("审计公告")).getId();
        assertThatThrownBy(() -> reviews.review(task, 5, 5, 5, "", user("t.other"))).hasMessageContaining("error.notAllowed");
        assertThatThrownBy(() -> reviews.review(task, 5, 5, 5, "", user("inspector"))).hasMessageContaining("error.notAllowed");
        assertRefused(() -> reviews.unverifiable(task, "", user("t.mine")), "comment", "review.error.unverifiableReason");
        reviews.unverifiable(task, "诉求人电话三次无人接听。", user("t.mine"));
        assertThat(tasks.findById(task).orElseThrow().getState()).isEqualTo(ReviewState.UNVERIFIABLE);
        assertThat(steps(task)).extracting(Step::action).containsExactly(ReviewAction.ASSIGN, ReviewAction.MARK_UNVERIFIABLE);
        assertThat(steps(task).get(1).note()).isEqualTo("诉求人电话三次无人接听。");
    }

    @Test
    void theDepartmentAndInspectorsSeeReviewsButNotOtherDepartments() {
        appoint("t.seen", "公开评议", "2026-01-01", "2027-12-31");
        long complaint = replied("审计公告不规范");
        reviews.review(taskOf(complaint).getId(), 4, 4, 5, "答复清楚。", user("t.seen"));

        List<ReviewRow> ofDepartment = reviewQueries.ofComplaint(complaint, handler());
        assertThat(ofDepartment).singleElement().satisfies(r -> {
            assertThat(r.supervisorName()).isEqualTo("公开评议");
            assertThat(r.supervisorBackground()).isEqualTo(Background.CITIZEN);
            assertThat(r.quality()).isEqualTo(4);
        });
        assertThat(reviewQueries.ofComplaint(complaint, user("inspector"))).hasSize(1);
        assertThat(reviewQueries.ofComplaint(complaint, user("handler"))).as("市民政局's handler").isEmpty();
        assertThat(reviewQueries.search(ReviewFilter.ALL, user("handler"), 0, 1000)).extracting(ReviewRow::complaintId)
                .doesNotContain(complaint);
    }

    // --- terms --------------------------------------------------------------------------------------------------

    @Test
    void aTermThatRunsOutEndsSignInAndHandsTheTasksOn() {
        long leaving = appoint("t.leaving", "即将届满", "2024-03-04", "2026-03-03");
        long staying = appoint("t.staying", "继续在聘", "2026-01-01", "2027-12-31");
        long complaint = replied("审计公告");
        assertThat(taskOf(complaint).getSupervisorId()).isEqualTo(leaving);
        assertThat(authentication.authenticate("t.leaving", PASSWORD, null)).isInstanceOf(LoginOutcome.SignedIn.class);

        clock.advance(Duration.ofDays(2)); // Wednesday 4 March: the term ended yesterday
        assertThat(authentication.authenticate("t.leaving", PASSWORD, null))
                .isEqualTo(new LoginOutcome.Refused("supervisor.login.over"));
        assertThat(authentication.refresh(user("t.leaving").id())).as("a session open since is dropped").isEmpty();
        assertThat(supervisorRows.findById(leaving).orElseThrow().getState()).as("stored, until the job runs")
                .isEqualTo(SupervisorState.ACTIVE);
        assertThat(terms.advance()).isPositive();
        assertThat(taskOf(complaint).getSupervisorId()).isEqualTo(staying);
        assertThat(taskOf(complaint).getState()).isEqualTo(ReviewState.PENDING);
        assertThat(steps(taskOf(complaint).getId())).extracting(Step::action)
                .containsExactly(ReviewAction.ASSIGN, ReviewAction.REASSIGN);
        assertThat(steps(taskOf(complaint).getId()).get(1).note()).contains("即将届满", "继续在聘");
        assertThat(roster.history(leaving, user("admin"))).extracting(Step::action)
                .containsExactly(SupervisorAction.APPOINT, SupervisorAction.EXPIRE);
        assertThat(terms.advance()).as("recorded once").isZero();
        assertThat(supervisorRows.findById(leaving).orElseThrow().getState()).isEqualTo(SupervisorState.EXPIRED);
    }

    @Test
    void dismissingTheOnlySupervisorCancelsTheirTasks() {
        long only = appoint("t.only", "唯一", "2026-01-01", "2027-12-31");
        long complaint = replied("审计公告");
        assertRefused(() -> supervisors.dismiss(only, " ", user("admin")), "reason", "supervisor.error.endReason");
        supervisors.dismiss(only, "本人申请辞去社会监督员", user("admin"));
        ReviewTask task = taskOf(complaint);
        assertThat(task.getState()).isEqualTo(ReviewState.CANCELLED);
        assertThat(task.getComment()).contains("唯一");
        assertThat(steps(task.getId())).extracting(Step::action).containsExactly(ReviewAction.ASSIGN, ReviewAction.CANCEL);
        assertThat(steps(task.getId()).get(1).actor()).isEqualTo(Actor.SYSTEM);
        assertThat(authentication.authenticate("t.only", PASSWORD, null)).isEqualTo(new LoginOutcome.Refused("supervisor.login.over"));
        assertThat(supervisorRows.findById(only).orElseThrow().getState()).isEqualTo(SupervisorState.ENDED);
        assertThat(roster.history(only, user("admin"))).extracting(Step::action)
                .containsExactly(SupervisorAction.APPOINT, SupervisorAction.DISMISS);
        assertThat(roster.history(only, user("admin")).get(1).note()).isEqualTo("本人申请辞去社会监督员");
        assertThatThrownBy(() -> supervisors.dismiss(only, "再次解聘", user("admin"))).as("dismissed once")
                .hasMessageContaining("workflow.error.refused");
        assertThat(roster.inOffice()).extracting(PublicSupervisor::name).doesNotContain("唯一");
    }

    @Test
    void aTermStartsOnItsFirstDayAtMidnightAndTheJobRecordsTheStart() {
        long ahead = appoint("t.ahead", "下周上任", "2026-03-04", "2027-12-31");
        assertThat(supervisorRows.findById(ahead).orElseThrow().getState()).isEqualTo(SupervisorState.APPOINTED);
        assertThat(authentication.authenticate("t.ahead", PASSWORD, null)).isEqualTo(new LoginOutcome.Refused("supervisor.login.notYet"));
        assertThat(tasks.findByComplaintIdOrderById(replied("审计公告"))).as("not in office yet").isEmpty();

        clock.advance(Duration.ofDays(2)); // Wednesday 4 March: the first day, before the job has run
        assertThat(supervisorRows.findById(ahead).orElseThrow().getState()).isEqualTo(SupervisorState.APPOINTED);
        assertThat(authentication.authenticate("t.ahead", PASSWORD, null)).isInstanceOf(LoginOutcome.SignedIn.class);
        assertThat(taskOf(replied("审计计划")).getSupervisorId()).as("tasks go by the dates too").isEqualTo(ahead);

        assertThat(terms.advance()).isPositive();
        assertThat(supervisorRows.findById(ahead).orElseThrow().getState()).isEqualTo(SupervisorState.ACTIVE);
        List<Step<SupervisorState, SupervisorAction>> steps = roster.history(ahead, user("inspector"));
        assertThat(steps).extracting(Step::action).containsExactly(SupervisorAction.APPOINT, SupervisorAction.START);
        assertThat(steps.get(0)).satisfies(step -> {
            assertThat(step.from()).isNull();
            assertThat(step.to()).isEqualTo(SupervisorState.APPOINTED);
            assertThat(step.actor()).isEqualTo(Actor.ADMIN);
            assertThat(step.note()).isEqualTo("2026-03-04 ~ 2027-12-31");
        });
        assertThat(steps.get(1)).satisfies(step -> {
            assertThat(step.from()).isEqualTo(SupervisorState.APPOINTED);
            assertThat(step.to()).isEqualTo(SupervisorState.ACTIVE);
            assertThat(step.actor()).isEqualTo(Actor.SYSTEM);
        });
    }

    @Test
    void aChangeKeepsTheStateAndANewTermAfterTheEndIsAReappointment() {
        SignedInUser admin = user("admin");
        long id = appoint("t.again", "再聘", "2024-03-04", "2026-03-03");
        supervisors.save(withTerm(id, "2024-03-04", "2026-03-03", Set.of(sjj(), department("MZJ"))), admin);
        clock.advance(Duration.ofDays(2)); // Wednesday 4 March: the term ended yesterday
        terms.advance();
        assertThat(supervisorRows.findById(id).orElseThrow().getState()).isEqualTo(SupervisorState.EXPIRED);

        supervisors.save(withTerm(id, "2026-03-04", "2028-03-03", Set.of(sjj())), admin);
        assertThat(supervisorRows.findById(id).orElseThrow().getState()).isEqualTo(SupervisorState.ACTIVE);
        assertThat(authentication.authenticate("t.again", PASSWORD, null)).isInstanceOf(LoginOutcome.SignedIn.class);
        List<Step<SupervisorState, SupervisorAction>> steps = roster.history(id, admin);
        assertThat(steps).extracting(Step::action).containsExactly(SupervisorAction.APPOINT, SupervisorAction.CHANGE,
                SupervisorAction.EXPIRE, SupervisorAction.REAPPOINT, SupervisorAction.START);
        assertThat(steps.get(1).to()).as("a change stays").isEqualTo(SupervisorState.ACTIVE);
        assertThat(steps.get(1).note()).contains("市审计局", "市民政局");
        assertThat(steps.get(1).actorName()).isEqualTo(admin.displayName());
        assertThat(steps.get(3).note()).contains("2024-03-04 ~ 2026-03-03 → 2026-03-04 ~ 2028-03-03");

        long complaint = replied("审计公告");
        supervisors.save(withTerm(id, "2026-04-01", "2028-03-03", Set.of(sjj())), admin);
        assertThat(supervisorRows.findById(id).orElseThrow().getState()).as("the start moved past today")
                .isEqualTo(SupervisorState.APPOINTED);
        assertThat(taskOf(complaint).getState()).as("no one else covers it").isEqualTo(ReviewState.CANCELLED);
        assertThat(roster.history(id, admin)).last().extracting(Step::action).isEqualTo(SupervisorAction.REAPPOINT);
    }

    @Test
    void aTermAppointedAfterItsEndIsOverAtOnce() {
        long late = appoint("t.late", "补录", "2024-01-01", "2025-12-31");
        assertThat(supervisorRows.findById(late).orElseThrow().getState()).isEqualTo(SupervisorState.EXPIRED);
        assertThat(supervisorRows.findById(late).orElseThrow().getUpdatedAt()).isEqualTo(clock.instant());
        assertThat(roster.history(late, user("admin"))).extracting(Step::action)
                .containsExactly(SupervisorAction.APPOINT, SupervisorAction.EXPIRE);
        assertThat(authentication.authenticate("t.late", PASSWORD, null)).isEqualTo(new LoginOutcome.Refused("supervisor.login.over"));
    }

    @Test
    void aTermNotStartedAndAnAccountOffTheRosterCannotSignIn() {
        appoint("t.future", "下一届", "2026-04-01", "2028-03-31");
        assertThat(authentication.authenticate("t.future", PASSWORD, null)).isEqualTo(new LoginOutcome.Refused("supervisor.login.notYet"));
        userService.createInitial("t.loose", "未入册", Role.SUPERVISOR, null, PASSWORD);
        assertThat(authentication.authenticate("t.loose", PASSWORD, null)).isEqualTo(new LoginOutcome.Refused("supervisor.login.notOnRoster"));
        assertThat(authentication.authenticate("t.future", "wrong", null)).as("a wrong password is still just wrong")
                .isInstanceOf(LoginOutcome.WrongCredentials.class);
    }

    @Test
    void theRosterIsCheckedBeforeAnythingIsSaved() {
        SignedInUser admin = user("admin");
        assertRefused(() -> supervisors.save(form("t.bad", "无范围", "2026-01-01", "2027-12-31", Set.of()), admin),
                "departmentIds", "supervisor.error.scope");
        assertRefused(() -> supervisors.save(form("t.bad", "倒置", "2026-01-01", "2025-12-31", Set.of(sjj())), admin),
                "termEnd", "supervisor.error.termEnd");
        assertRefused(() -> supervisors.save(form("t.bad", "太长", "2026-01-01", "2031-12-31", Set.of(sjj())), admin),
                "termEnd", "supervisor.error.termTooLong");
        assertThat(users.findByUsername("t.bad")).as("no account half-made").isEmpty();
        assertThatThrownBy(() -> supervisors.save(form("t.bad", "越权", "2026-01-01", "2027-12-31", Set.of(sjj())),
                user("inspector"))).hasMessageContaining("error.notAllowed");
        appoint("t.good", "新聘任", "2026-01-01", "2027-12-31");
        assertThat(roster.inOffice()).extracting(PublicSupervisor::name).contains("新聘任").doesNotContain("周文");
    }

    // --- findings -----------------------------------------------------------------------------------------------

    @Test
    void aFindingNeedsEvidenceAndASupervisorStaysInScope() {
        appoint("t.filer", "提意见", "2026-01-01", "2027-12-31");
        SignedInUser filer = user("t.filer");
        long before = findingQueries.count(FindingFilter.ALL, user("inspector"));
        assertRefused(() -> findings.file(finding(sjj(), null, null, List.of()), filer), "evidenceUrl", "finding.error.evidence");
        assertRefused(() -> findings.file(finding(sjj(), null, "ftp://x.cn/a", List.of()), filer), "evidenceUrl", "finding.error.url");
        assertRefused(() -> findings.file(finding(department("MZJ"), null, "https://mzj.example.cn/", List.of()), filer),
                "departmentId", "finding.error.outOfScope");
        assertRefused(() -> findings.file(new NewFinding(sjj(), IssueType.LATE, null, null, "没有说明涉及哪项内容",
                "https://sjj.example.cn/", Severity.MINOR, List.of()), filer), "keyAreaId", "finding.error.subject");
        assertThat(findingQueries.count(FindingFilter.ALL, user("inspector"))).as("nothing saved").isEqualTo(before);

        long id = findings.file(finding(sjj(), null, null, List.of(new Attachments.Upload("截图.png", PNG))), filer);
        FindingDetail detail = findingQueries.detail(id, filer);
        assertThat(detail.row().source()).isEqualTo(FindingSource.SUPERVISOR);
        assertThat(detail.evidence()).extracting(f -> f.fileName()).containsExactly("截图.png");
        assertThatThrownBy(() -> findingQueries.detail(id, handler())).as("not before confirmation")
                .hasMessageContaining("error.notAllowed");
        assertThat(findingQueries.count(FindingFilter.ALL, handler())).isZero();
    }

    @Test
    void aFindingFromFilingToClosingWithItsDeadlines() {
        SignedInUser inspector = user("inspector");
        SignedInUser handler = handler();
        long id = findings.file(finding(sjj(), item(), "https://sjj.example.cn/gg", List.of()), inspector);
        assertRefused(() -> decisions.dismiss(id, "", inspector), "reason", "finding.error.reason");

        decisions.confirm(id, "", inspector); // Monday 2 March: 15 working days
        assertThat(row(id).rectifyDue()).isEqualTo(LocalDate.parse("2026-03-23"));
        assertThat(findingQueries.count(FindingFilter.ALL, handler)).as("the department sees it now").isEqualTo(1);
        long rectification = rectification(id, inspector).view().id();
        assertThatThrownBy(() -> rectifications.report(rectification, "已整改", List.of(), user("handler")))
                .as("another department").hasMessageContaining("error.notAllowed");
        assertThatThrownBy(() -> rectifications.accept(rectification, "", inspector)).as("nothing reported yet")
                .hasMessageContaining("workflow.error.refused");

        rectifications.report(rectification, "已在网站公开审计公告。", List.of(new Attachments.Upload("整改截图.png", PNG)), handler);
        clock.advance(Duration.ofDays(2)); // Wednesday 4 March: 4 March + 5 is earlier than the running deadline
        rectifications.returnReport(rectification, "链接仍打不开。", inspector);
        assertThat(row(id).rectifyDue()).isEqualTo(LocalDate.parse("2026-03-23"));
        assertThat(row(id).stage()).isEqualTo(FindingStage.RETURNED);

        rectifications.report(rectification, "已修复链接。", List.of(), handler);
        clock.advance(Duration.ofDays(16)); // Friday 20 March: 5 working days from the return is later
        rectifications.returnReport(rectification, "部分附件仍缺失。", inspector);
        assertThat(row(id).rectifyDue()).isEqualTo(LocalDate.parse("2026-03-27"));

        clock.advance(Duration.ofDays(10)); // Monday 30 March: past the deadline
        assertThat(row(id).warning()).isEqualTo(Warning.RED);
        assertThat(findingQueries.count(filter(Warning.RED), inspector)).isEqualTo(1);
        rectifications.report(rectification, "附件已补齐。", List.of(), handler);
        assertThat(row(id).warning()).as("no longer on the department's clock").isEqualTo(Warning.NONE);
        rectifications.accept(rectification, "核验通过。", inspector);

        FindingDetail detail = findingQueries.detail(id, inspector);
        assertThat(detail.row().stage()).as("closed with its rectification").isEqualTo(FindingStage.CLOSED);
        assertThat(detail.steps()).extracting(s -> s.action()).containsExactly(FindingAction.FILE,
                FindingAction.CONFIRM, FindingAction.CLOSE);
        RectificationDetail r = detail.rectification();
        assertThat(r.steps()).extracting(s -> s.action()).containsExactly(RectificationAction.OPEN,
                RectificationAction.REPORT, RectificationAction.RETURN, RectificationAction.REPORT,
                RectificationAction.RETURN, RectificationAction.REPORT, RectificationAction.ACCEPT);
        assertThat(r.steps().get(1).actorName()).isEqualTo("审计经办人");
        assertThat(r.reports()).extracting(x -> x.report().verdict()).containsExactly(
                Report.Verdict.RETURNED, Report.Verdict.RETURNED, Report.Verdict.ACCEPTED);
        assertThat(r.reports()).extracting(x -> x.report().onTime()).containsExactly(true, true, false);
        assertThat(r.reports().get(0).files()).extracting(f -> f.fileName()).containsExactly("整改截图.png");
    }

    private RectificationDetail rectification(long findingId, SignedInUser viewer) {
        return findingQueries.detail(findingId, viewer).rectification();
    }

    @Test
    void duplicatesOfAnOpenFindingAndRepeatsWithinAYearAreMarked() {
        SignedInUser inspector = user("inspector");
        long item = item();
        long first = findings.file(finding(sjj(), item, "https://sjj.example.cn/1", List.of()), inspector);
        long duplicate = findings.file(finding(sjj(), item, "https://sjj.example.cn/2", List.of()), inspector);
        assertThat(row(duplicate).duplicateOf()).isEqualTo(first);
        assertThat(row(first).duplicateOf()).isNull();
        long elsewhere = findings.file(finding(department("MZJ"), item, "https://mzj.example.cn/", List.of()), inspector);
        assertThat(row(elsewhere).duplicateOf()).as("another department").isNull();

        decisions.confirm(first, "", inspector);
        decisions.confirm(duplicate, "", inspector);
        assertThat(row(duplicate).repeatOf()).isEqualTo(first);
        assertThat(findingQueries.count(new FindingFilter(Set.of(), sjj(), null, null, null, null, true, null), inspector))
                .isEqualTo(1);

        clock.advance(Duration.ofDays(366));
        long nextYear = findings.file(finding(sjj(), item, "https://sjj.example.cn/3", List.of()), inspector);
        decisions.confirm(nextYear, "", inspector);
        assertThat(row(nextYear).repeatOf()).as("more than a year later").isNull();
    }

    @Test
    void findingsAreNumberedPerYearAndCitedByTheirReferences() {
        SignedInUser inspector = user("inspector");
        long item = item();
        long first = findings.file(finding(sjj(), item, "https://sjj.example.cn/1", List.of()), inspector);
        long second = findings.file(finding(sjj(), item, "https://sjj.example.cn/2", List.of()), inspector);
        String reference = row(first).reference();
        assertThat(reference).matches("JD-2026-\\d{4,}");
        assertThat(row(second).reference()).as("the next number of the year")
                .isEqualTo("JD-2026-%04d".formatted(Integer.parseInt(reference.substring(8)) + 1));
        assertThat(findingQueries.reference(first)).contains(reference);

        // the marks cite the earlier finding by its reference, and so does the rectification's repeat mark
        assertThat(row(second).duplicateOfReference()).isEqualTo(reference);
        decisions.confirm(first, "", inspector);
        decisions.confirm(second, "", inspector);
        assertThat(row(second).repeatOfReference()).isEqualTo(reference);
        assertThat(rectification(second, inspector).view().repeatOfReference()).isEqualTo(reference);

        // typed into the list's search, a reference finds its finding
        assertThat(findingQueries.search(new FindingFilter(Set.of(), null, null, null, null, null, false, reference),
                inspector, 0, 10).getContent()).extracting(FindingRow::id).containsExactly(first);

        clock.advance(Duration.ofDays(366));
        long nextYear = findings.file(finding(sjj(), item, "https://sjj.example.cn/3", List.of()), inspector);
        assertThat(row(nextYear).reference()).as("a new sequence each year").isEqualTo("JD-2027-0001");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private long appoint(String username, String name, String start, String end) {
        return supervisors.save(form(username, name, start, end, Set.of(sjj())), user("admin"));
    }

    /** A supervisor's form as on the roster, with another term and scope. */
    private SupervisorForm withTerm(long id, String start, String end, Set<Long> departmentIds) {
        SupervisorForm now = roster.form(id).orElseThrow();
        return new SupervisorForm(id, now.username(), null, now.name(), now.background(), now.affiliation(), now.phone(),
                now.email(), LocalDate.parse(start), LocalDate.parse(end), departmentIds, now.keyAreaIds());
    }

    private SupervisorForm form(String username, String name, String start, String end, Set<Long> departmentIds) {
        return new SupervisorForm(null, username, PASSWORD, name, Background.CITIZEN, "", "13700001111", "",
                LocalDate.parse(start), LocalDate.parse(end), departmentIds, Set.of());
    }

    /** A complaint about 市审计局, replied today. */
    private long replied(String subject) {
        SignedInUser inspector = user("inspector");
        Receipt receipt = intake.submit(new Submission(ComplaintType.COMPLAINT, null, sjj(), subject,
                "请督促市审计局按规定公开。", "李四", "13900001111", true, List.of()), ComplaintIntake.Origin.web("10.1.1.1"));
        handling.accept(receipt.id(), "", inspector);
        handling.assign(receipt.id(), sjj(), "", inspector);
        handling.receive(receipt.id(), handler());
        handling.reply(receipt.id(), "已在门户网站公开。", List.of(), handler());
        return receipt.id();
    }

    /** A task's history as an inspector sees it on the task's page. */
    private List<Step<ReviewState, ReviewAction>> steps(long taskId) {
        return reviewDetails.detail(taskId, user("inspector")).steps();
    }

    private ReviewTask taskOf(long complaintId) {
        List<ReviewTask> all = tasks.findByComplaintIdOrderById(complaintId);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private NewFinding finding(long departmentId, Long itemId, String url, List<Attachments.Upload> files) {
        return new NewFinding(departmentId, IssueType.NOT_DISCLOSED, itemId == null ? firstArea() : null, itemId,
                "审计结果公告栏目自去年以来没有更新。", url, Severity.MINOR, files);
    }

    private FindingFilter filter(Warning warning) {
        return new FindingFilter(Set.of(), sjj(), null, null, null, warning, false, null);
    }

    private FindingRow row(long findingId) {
        return findingQueries.detail(findingId, user("inspector")).row();
    }

    /** The key area of findings without a responsibility item. */
    private Long firstArea() {
        return responsibilities.list(false).stream().filter(r -> r.keyAreaId() != null).findFirst().orElseThrow().keyAreaId();
    }

    private long item() {
        return responsibilities.list(false).get(0).id();
    }

    private SignedInUser handler() {
        if (users.findByUsername("t.handler").isEmpty()) {
            userService.createInitial("t.handler", "审计经办人", Role.HANDLER, sjj(), PASSWORD);
        }
        return user("t.handler");
    }

    private long sjj() {
        return department("SJJ");
    }

    private long department(String code) {
        return departments.search(new DepartmentFilter(code, null, true)).stream().filter(d -> d.code().equals(code))
                .mapToLong(DepartmentRow::id).findFirst().orElseThrow();
    }

    private SignedInUser user(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }

    private static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
