package org.sunshine.inforequest;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.base.DomainException;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.finding.FindingQueries;
import org.sunshine.finding.FindingSource;
import org.sunshine.finding.IssueType;
import org.sunshine.finding.Severity;
import org.sunshine.inforequest.api.PartnerApiTestData;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.workflow.History;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Remedies recorded against a reply and updated when decided, each a step of the application's history; only after a
 * reply and only by the organ's own handlers or an inspector. An improper reply reviewed by the inspector becomes a
 * finding against the organ's department, linked back. Each test is rolled back.
 */
@MicronautTest(startApplication = false)
class RemedyAndReviewTest {

    @Inject
    RequestIntake intake;
    @Inject
    RequestHandling handling;
    @Inject
    RequestRemedies remedies;
    @Inject
    ReplyReviews reviews;
    @Inject
    RequestRepository requests;
    @Inject
    History history;
    @Inject
    FindingQueries findings;
    @Inject
    DepartmentService departments;
    @Inject
    UserRepository users;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void aRemedyIsRecordedAgainstAReplyAndItsOutcomeUpdatedLater() {
        SignedInUser handler = staff("handler");
        long id = replied(handler);
        long remedyId = remedies.record(id, new RemedyForm(RemedyKind.REVIEW, "盘锦市人民政府", today, RemedyOutcome.PENDING,
                null, "申请人不服部分公开"), handler);
        List<RequestRemedy> listed = remedies.of(id, staff("inspector"));
        assertThat(listed).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RemedyKind.REVIEW);
            assertThat(r.body()).isEqualTo("盘锦市人民政府");
            assertThat(r.outcome()).isEqualTo(RemedyOutcome.PENDING);
        });

        assertThatThrownBy(() -> remedies.update(remedyId, listed.get(0).version(), RemedyOutcome.CORRECTED, null, "", handler))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).field()).isEqualTo("decidedOn");
        remedies.update(remedyId, listed.get(0).version(), RemedyOutcome.CORRECTED, today, "复议机关责令重新答复",
                staff("inspector"));
        RequestRemedy decided = remedies.of(id, handler).get(0);
        assertThat(decided.outcome()).isEqualTo(RemedyOutcome.CORRECTED);
        assertThat(decided.decidedOn()).isEqualTo(today);
        assertThatThrownBy(() -> remedies.update(remedyId, listed.get(0).version(), RemedyOutcome.MAINTAINED, today, "", handler))
                .as("a stale copy").isInstanceOf(DomainException.class).hasMessageContaining("error.changedMeanwhile");

        assertThat(history.of(RequestWorkflow.TABLE, id, RequestAction.RECORD_REMEDY)).extracting(s -> s.note())
                .containsExactly("行政复议 · 盘锦市人民政府 · 尚未审结", "行政复议 · 盘锦市人民政府 · 结果纠正");
        assertThat(requests.findById(id).orElseThrow().getState()).isEqualTo(RequestState.REPLIED);
    }

    @Test
    void onlyAfterAReplyAndOnlyByTheOrgansOwnHandlers() {
        SignedInUser handler = staff("handler");
        long open = filed(handler);
        RemedyForm suit = new RemedyForm(RemedyKind.SUIT_DIRECT, "盘锦市中级人民法院", today, RemedyOutcome.PENDING, null, "");
        assertThat(remedies.mayRecord(open, handler)).isFalse();
        assertThatThrownBy(() -> remedies.record(open, suit, handler)).isInstanceOf(DomainException.class);
        assertThat(remedies.of(open, handler)).isEmpty();

        long id = replied(handler);
        SignedInUser other = otherHandler();
        assertThat(remedies.mayRecord(id, other)).isFalse();
        assertThatThrownBy(() -> remedies.record(id, suit, other)).isInstanceOf(DomainException.class)
                .hasMessageContaining("error.notAllowed");
        assertThatThrownBy(() -> remedies.of(id, other)).isInstanceOf(DomainException.class);
        assertThat(remedies.mayRecord(id, staff("inspector"))).isTrue();
        assertThatThrownBy(() -> remedies.record(id, new RemedyForm(RemedyKind.SUIT_DIRECT, "法院", today.minusYears(1),
                RemedyOutcome.PENDING, null, ""), handler)).extracting(e -> ((DomainException) e).field()).isEqualTo("filedOn");
        remedies.record(id, suit, handler);
        assertThat(remedies.of(id, handler)).hasSize(1);
    }

    @Test
    void anImproperReplyBecomesAFindingLinkedBack() {
        SignedInUser handler = staff("handler");
        SignedInUser inspector = staff("inspector");
        long id = replied(handler);
        assertThatThrownBy(() -> reviews.review(id, new ReplyReviews.ReviewForm(ReplyQuality.IMPROPER, "", true,
                Severity.MINOR, null), inspector)).extracting(e -> ((DomainException) e).field()).isEqualTo("reason");
        assertThatThrownBy(() -> reviews.review(id, new ReplyReviews.ReviewForm(ReplyQuality.PROPER, "", false, null, null),
                handler)).as("the inspector reviews").isInstanceOf(DomainException.class);

        long findingId = reviews.review(id, new ReplyReviews.ReviewForm(ReplyQuality.IMPROPER, "未告知救济途径", true,
                Severity.MAJOR, null), inspector).orElseThrow();
        InfoRequest r = requests.findById(id).orElseThrow();
        assertThat(r.getQuality()).isEqualTo(ReplyQuality.IMPROPER);
        assertThat(r.getFindingId()).isEqualTo(findingId);
        var finding = findings.detail(findingId, inspector).row();
        assertThat(finding.departmentId()).isEqualTo(r.getDepartmentId());
        assertThat(finding.issueType()).isEqualTo(IssueType.NON_STANDARD);
        assertThat(finding.severity()).isEqualTo(Severity.MAJOR);
        assertThat(finding.source()).isEqualTo(FindingSource.INSPECTOR);
        assertThat(finding.description()).contains(r.getRequestNo()).contains("未告知救济途径");
        assertThat(history.of(RequestWorkflow.TABLE, id, RequestAction.REVIEW)).hasSize(1);

        long proper = replied(handler);
        assertThat(reviews.review(proper, new ReplyReviews.ReviewForm(ReplyQuality.PROPER, "", true, Severity.MINOR, null),
                inspector)).as("a proper reply files nothing").isEmpty();
        assertThat(requests.findById(proper).orElseThrow().getFindingId()).isNull();
    }

    // --- helpers

    /** An application recorded by the organ's handler in person: registered at once. */
    private long filed(SignedInUser handler) {
        RequestForm form = new RequestForm(String.valueOf(handler.departmentId()), ApplicantKind.PERSON, "张三",
                IdType.RESIDENT_ID, PartnerApiTestData.residentId(), null, null, null, "13800000000", null,
                "盘锦市兴隆台区某路1号", null, "2025年度城乡低保资金发放明细", null, FormWanted.PAPER, Delivery.POST, List.of());
        return intake.file(form, RequestOrigin.staff(RequestChannel.IN_PERSON, handler, null)).id();
    }

    private long replied(SignedInUser handler) {
        long id = filed(handler);
        handling.reply(id, new ReplyForm(ReplyResult.PARTIAL, "《条例》第三十七条", "部分涉及个人隐私", "个人身份信息",
                null, null, "邮寄", List.of()), handler);
        return id;
    }

    private SignedInUser otherHandler() {
        DepartmentRow other = departments.active().stream().filter(d -> !"MZJ".equals(d.code()))
                .filter(d -> users.findByUsername("h." + d.code().toLowerCase(Locale.ROOT)).isPresent()).findFirst()
                .orElseThrow();
        return staff("h." + other.code().toLowerCase(Locale.ROOT));
    }

    private SignedInUser staff(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }
}
