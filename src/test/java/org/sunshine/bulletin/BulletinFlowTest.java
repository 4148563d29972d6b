package org.sunshine.bulletin;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.assessment.BulletinEffects;
import org.sunshine.base.DomainException;
import io.micronaut.data.model.Sort;
import org.sunshine.base.files.Attachments;
import org.sunshine.calendar.Warning;
import org.sunshine.directory.KeyArea;
import org.sunshine.directory.KeyAreaRepository;
import org.sunshine.finding.FindingService;
import org.sunshine.finding.IssueType;
import org.sunshine.finding.NewFinding;
import org.sunshine.finding.FindingDecisions;
import org.sunshine.finding.FindingQueries;
import org.sunshine.rectification.Rectifications;
import org.sunshine.rectification.Report;
import org.sunshine.finding.Severity;
import org.sunshine.rectification.RectificationState;
import org.sunshine.security.SignedInUser;
import org.sunshine.testing.AssessmentFixture;
import org.sunshine.testing.MutableClock;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A combined bulletin from a locked quarter to its answers, against the database: drafted by the rules, edited,
 * sent back once, signed, issued with the year's next number, signed for (once late), a problem-list item reported,
 * returned and accepted, counted in the annual assessment and finally revoked. Each test is rolled back.
 */
@MicronautTest(startApplication = false)
class BulletinFlowTest {

    /** Monday 12 October 2026, 10:00 in Beijing. */
    private final MutableClock clock = MutableClock.shanghai("2026-10-12T02:00:00Z");

    @Inject
    ApplicationContext context;
    @Inject
    BulletinDrafts drafts;
    @Inject
    BulletinSteps bulletins;
    @Inject
    BulletinPage page;
    @Inject
    BulletinFiles files;
    @Inject
    BulletinQueries queries;
    @Inject
    BulletinEffects effects;
    @Inject
    BulletinRepository repository;
    @Inject
    FindingService findings;
    @Inject
    FindingDecisions decisions;
    @Inject
    FindingQueries findingQueries;
    @Inject
    Rectifications rectifications;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    private AssessmentFixture fixture;

    /** 市教育局 95 and 市财政局 92 (优秀), 市水利局 85, 市人力社保局 70, 市国土局 55 (不合格). */
    private long lockedQuarter() {
        fixture = new AssessmentFixture(context);
        Map<String, Double> totals = new LinkedHashMap<>();
        totals.put("JYJ", 95.0);
        totals.put("CZJ", 92.0);
        totals.put("SLJ", 85.0);
        totals.put("RSJ", 70.0);
        totals.put("GTJ", 55.0);
        return fixture.lockedQuarter("通报测试体系", 2026, 3, totals);
    }

    @Test
    void aCombinedBulletinFromDraftToAnswersAndRevocation() throws Exception {
        long period = lockedQuarter();
        SignedInUser inspector = fixture.user("inspector");
        SignedInUser leader = fixture.user("leader");
        long id = drafts.draft(new DraftForm(period, BulletinKind.SITUATION, DraftForm.CommendBy.GRADE, 0,
                DraftForm.CriticizeBy.BOTTOM, 2, 0, true), inspector);

        BulletinPage.Detail draft = page.detail(id, inspector);
        assertThat(draft.bulletin().getTitle()).isEqualTo("关于2026年第三季度全市政务公开工作考核情况的通报");
        assertThat(draft.listed()).extracting(d -> code(d.departmentId()), BulletinDepartment::role, BulletinDepartment::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("JYJ", DepartmentRole.COMMENDED, "考核等次为优秀"),
                        org.assertj.core.groups.Tuple.tuple("CZJ", DepartmentRole.COMMENDED, "考核等次为优秀"),
                        org.assertj.core.groups.Tuple.tuple("RSJ", DepartmentRole.CRITICIZED, "排名后2名"),
                        org.assertj.core.groups.Tuple.tuple("GTJ", DepartmentRole.CRITICIZED, "排名后2名"));
        // each criticized department's lowest indicator, below 80 % of its points, with the inspector's reason
        assertThat(draft.problems()).extracting(p -> p.departmentName(), p -> p.problem().getText()).contains(
                org.assertj.core.groups.Tuple.tuple("市国土资源局", "“主动公开”仅得55分（满分100分）：缺项"),
                org.assertj.core.groups.Tuple.tuple("市人力社保局", "“主动公开”仅得70分（满分100分）：缺项"));
        assertThat(draft.bulletin().getBody()).contains("一、总体情况", "5个单位平均得分79.4分，最高分95分，最低分55分",
                "“优秀”等次单位2个", "【表扬名单】", "【批评名单】", "【问题清单】");
        assertThat(draft.bulletin().getSelectionRules()).contains("通报表扬：考核等次为优秀的单位", "排名后2名");
        assertThat(draft.receipts()).hasSize(5);
        assertThat(draft.blockers()).isEmpty();

        // the inspector edits; a body without the problem list's place cannot go to the leader
        long gtj = fixture.department("GTJ");
        bulletins.saveProblem(id, new ProblemForm(null, gtj, "政府信息公开指南两年未更新。", 10), inspector);
        assertRefused(() -> bulletins.saveProblem(id, new ProblemForm(null, fixture.department("JYJ"), "x", 10), inspector),
                "departmentId");
        assertRefused(() -> bulletins.saveProblem(id, new ProblemForm(null, gtj, "x", 61), inspector), "rectifyDays");
        String body = draft.bulletin().getBody();
        bulletins.saveText(id, version(id), new TextForm(draft.bulletin().getTitle(), draft.bulletin().getAddressees(),
                body.replace("【问题清单】", ""), "", true), inspector);
        assertThatThrownBy(() -> bulletins.submit(id, version(id), "", inspector)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("bulletin.blocker.problemsMarker"));
        bulletins.saveText(id, version(id), new TextForm(draft.bulletin().getTitle(), draft.bulletin().getAddressees(), body,
                "市委办公室。", true), inspector);
        assertRefused(() -> bulletins.saveText(id, version(id), new TextForm("", "主送", body, "", true), inspector), "title");
        assertRefused(() -> bulletins.saveText(id, version(id), new TextForm("标题", "主送", body, "", true), leader), null);

        // sent back once with comments, then signed
        bulletins.submit(id, version(id), "请审签。", inspector);
        assertRefused(() -> bulletins.saveText(id, version(id), new TextForm("标题", "主送", body, "", true), inspector), null);
        assertRefused(() -> bulletins.sendBack(id, version(id), " ", leader), "comments");
        bulletins.sendBack(id, version(id), "问题清单中市国土局的整改时限过短，请调整为15个工作日。", leader);
        assertThat(page.detail(id, inspector).bulletin().getState()).isEqualTo(BulletinState.DRAFT);
        long added = page.detail(id, inspector).problems().stream()
                .filter(p -> p.problem().getText().equals("政府信息公开指南两年未更新。")).findFirst().orElseThrow().problem().getId();
        bulletins.saveProblem(id, new ProblemForm(added, gtj, "政府信息公开指南两年未更新。", 15), inspector);
        bulletins.submit(id, version(id), "已按意见修改。", inspector);
        assertRefused(() -> bulletins.sign(id, version(id), "", inspector), null);
        bulletins.sign(id, version(id), "同意印发。", leader);
        assertRefused(() -> bulletins.issue(id, leader), null);

        String number = bulletins.issue(id, inspector);
        assertThat(number).startsWith("盘政办通〔2026〕").endsWith("号");
        BulletinPage.Detail issued = page.detail(id, inspector);
        assertThat(issued.bulletin().getIssueDate()).isEqualTo(LocalDate.parse("2026-10-12"));
        // 3 working days to sign for it; 15 to rectify (from Monday 12 October: 15 October and 2 November)
        assertThat(issued.receipts()).allSatisfy(r -> assertThat(r.due()).isEqualTo(LocalDate.parse("2026-10-15")));
        assertThat(issued.problems()).allSatisfy(p -> {
            assertThat(state(p)).isEqualTo(RectificationState.RECTIFYING);
            assertThat(due(p)).isEqualTo(LocalDate.parse("2026-11-02"));
        });
        assertThat(issued.steps()).extracting(s -> s.action()).containsExactly(BulletinAction.DRAFT,
                BulletinAction.SUBMIT, BulletinAction.SEND_BACK, BulletinAction.SUBMIT, BulletinAction.SIGN, BulletinAction.ISSUE);
        assertThat(issued.steps().get(2).note()).contains("整改时限过短");
        // the frozen PDF reads as the 通报 it is, with its number, in Chinese
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(files.file(id, "pdf", inspector).content())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("盘锦市人民政府办公室", number, "关于2026年第三季度全市政务公开工作考核情况的通报",
                    "各县区人民政府", "一、总体情况", "市教育局", "市财政局", "市国土资源局", "政府信息公开指南两年未更新。",
                    "2026年11月2日", "此件公开发布", "附件", "市委办公室", "— 1 —".replace(" ", ""));
        }
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(
                files.file(id, "docx", inspector).content()));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).contains(number, "政府信息公开指南两年未更新。");
        }

        // the departments sign for it: one on time, one late and marked so
        SignedInUser gtjHandler = fixture.user("h.gtj");
        bulletins.signFor(id, gtjHandler);
        assertRefused(() -> bulletins.signFor(id, gtjHandler), null);
        clock.advance(Duration.ofDays(4)); // Friday 16 October: past the 15th
        assertThat(page.detail(id, inspector).receipts().stream().filter(r -> r.signedAt() == null))
                .allSatisfy(r -> assertThat(r.warning()).isEqualTo(Warning.RED));
        bulletins.signFor(id, fixture.user("h.jyj"));
        assertThat(page.detail(id, fixture.user("h.jyj")).ownReceipt().late()).isTrue();
        assertThat(page.detail(id, gtjHandler).ownReceipt().late()).isFalse();

        // 市国土局 reports on an item; returned once, then accepted
        long item = page.detail(id, gtjHandler).problems().get(0).problem().getId();
        assertRefused(() -> bulletins.report(item, "已整改。", List.of(), fixture.user("h.rsj")), null);
        bulletins.report(item, "已逐项补齐主动公开清单。", List.of(new Attachments.Upload("清单.pdf",
                "%PDF-1.4 test".getBytes())), gtjHandler);
        assertRefused(() -> bulletins.returnReport(item, "", inspector), "reason");
        bulletins.returnReport(item, "清单仍缺两项，请补齐。", inspector);
        ProblemRow returned = problem(id, item, inspector);
        assertThat(state(returned)).isEqualTo(RectificationState.RETURNED);
        assertThat(due(returned)).as("the later of the original and 5 working days from the return")
                .isEqualTo(LocalDate.parse("2026-11-02"));
        bulletins.report(item, "两项已补齐。", List.of(), gtjHandler);
        bulletins.accept(item, "", inspector);
        assertThat(state(problem(id, item, inspector))).isEqualTo(RectificationState.ACCEPTED);
        assertThat(page.detail(id, gtjHandler).problems()).allSatisfy(p -> assertThat(p.departmentName()).isEqualTo("市国土资源局"));

        // the annual assessment counts it until it is revoked
        assertThat(effects.counts(2026).get(fixture.department("JYJ"))).isEqualTo(new BulletinEffects.Counts(1, 0));
        assertThat(effects.counts(2026).get(gtj)).isEqualTo(new BulletinEffects.Counts(0, 1));
        assertRefused(() -> bulletins.revoke(id, "", leader), "reason");
        bulletins.revoke(id, "考核结果更正，本通报撤销，另行印发。", leader);
        assertThat(effects.counts(2026)).doesNotContainKey(gtj);
        long rsjItem = page.detail(id, inspector).problems().stream().filter(p -> p.departmentName().equals("市人力社保局"))
                .findFirst().orElseThrow().problem().getId();
        assertRefused(() -> bulletins.report(rsjItem, "已整改。", List.of(), fixture.user("h.rsj")), null);
        assertThat(files.file(id, "pdf", gtjHandler).content()).as("still readable").isNotEmpty();
    }

    @Test
    void aDepartmentSeesOnlyWhatIsAddressedToItOnceIssued() {
        long period = lockedQuarter();
        SignedInUser inspector = fixture.user("inspector");
        long id = drafts.draft(new DraftForm(period, BulletinKind.COMMENDATION, DraftForm.CommendBy.TOP, 1, null, 0, 0,
                false), inspector);
        assertThat(page.detail(id, inspector).listed()).extracting(d -> code(d.departmentId())).containsExactly("JYJ");
        SignedInUser jyj = fixture.user("h.jyj");
        assertThat(queries.list(jyj)).extracting(BulletinQueries.Row::id).as("not issued yet").doesNotContain(id);
        assertRefused(() -> page.detail(id, jyj), null);
        assertRefused(() -> page.detail(id, fixture.user("supervisor")), null);
    }

    @Test
    void draftingNeedsALockedPeriodAndSomebodyToList() {
        long period = lockedQuarter();
        SignedInUser inspector = fixture.user("inspector");
        assertRefused(() -> drafts.draft(new DraftForm(period, BulletinKind.CRITICISM, null, 0, DraftForm.CriticizeBy.GRADE,
                0, 0, false), fixture.user("leader")), null);
        // nobody is vetoed or below 60 but 市国土局 (55): one criticized
        long id = drafts.draft(new DraftForm(period, BulletinKind.CRITICISM, null, 0, DraftForm.CriticizeBy.GRADE, 0, 0,
                false), inspector);
        assertThat(page.detail(id, inspector).listed()).extracting(d -> code(d.departmentId())).containsExactly("GTJ");
        assertRefused(() -> drafts.draft(new DraftForm(period, BulletinKind.CRITICISM, null, 0, DraftForm.CriticizeBy.OVERDUE,
                0, 3, false), inspector), "criticizeBy");
        assertRefused(() -> drafts.draft(new DraftForm(period, BulletinKind.COMMENDATION, DraftForm.CommendBy.TOP, 0, null,
                0, 0, false), inspector), "commendTop");
        assertRefused(() -> drafts.draft(new DraftForm(null, BulletinKind.COMMENDATION, DraftForm.CommendBy.GRADE, 0, null,
                0, 0, false), inspector), "periodId");
    }

    @Test
    void aStepTakenOnAPageOlderThanTheTextIsRefused() {
        long period = lockedQuarter();
        SignedInUser inspector = fixture.user("inspector");
        SignedInUser leader = fixture.user("leader");
        long id = drafts.draft(criticismByGrade(period), inspector);
        Bulletin before = repository.findById(id).orElseThrow();
        bulletins.submit(id, version(id), "", inspector);
        int leadersPage = version(id);

        // meanwhile the draft is sent back (in another tab), rewritten and submitted again
        bulletins.sendBack(id, version(id), "请补充整改要求。", leader);
        int inspectorsPage = version(id);
        bulletins.saveText(id, inspectorsPage, new TextForm(before.getTitle(), before.getAddressees(),
                before.getBody() + "\n请于10个工作日内报送整改报告。", before.getCopyTo(), before.isPublicRelease()), inspector);
        bulletins.submit(id, version(id), "", inspector);

        assertChangedMeanwhile(() -> bulletins.sign(id, leadersPage, "同意印发。", leader));
        assertChangedMeanwhile(() -> bulletins.sendBack(id, leadersPage, "请修改。", leader));
        Bulletin unsigned = page.detail(id, leader).bulletin();
        assertThat(unsigned.getState()).isEqualTo(BulletinState.IN_REVIEW);
        assertThat(unsigned.getSignedByName()).isNull();

        // the inspector's page from before the rewrite cannot overwrite it or submit it either
        bulletins.sendBack(id, version(id), "请再核对一遍。", leader);
        assertChangedMeanwhile(() -> bulletins.saveText(id, inspectorsPage, new TextForm(before.getTitle(),
                before.getAddressees(), before.getBody(), before.getCopyTo(), before.isPublicRelease()), inspector));
        assertChangedMeanwhile(() -> bulletins.submit(id, inspectorsPage, "", inspector));
        assertThat(page.detail(id, inspector).bulletin().getBody()).endsWith("请于10个工作日内报送整改报告。");

        // on the page as it is now, both go through
        bulletins.submit(id, version(id), "", inspector);
        bulletins.sign(id, version(id), "同意印发。", leader);
        assertThat(page.detail(id, leader).bulletin().getSignedByName()).isEqualTo(leader.displayName());
    }

    @Test
    void reportsOnARevokedBulletinNoLongerWaitForTheInspector() {
        long period = lockedQuarter();
        SignedInUser inspector = fixture.user("inspector");
        long id = issued(criticismByGrade(period));
        SignedInUser gtjHandler = fixture.user("h.gtj");
        long item = page.detail(id, gtjHandler).problems().get(0).problem().getId();
        long waiting = queries.count("toVerify", inspector);
        bulletins.report(item, "已逐项补齐主动公开清单。", List.of(), gtjHandler);
        assertThat(queries.count("toVerify", inspector)).isEqualTo(waiting + 1);

        bulletins.revoke(id, "考核结果更正，本通报撤销。", fixture.user("leader"));
        assertThat(queries.count("toVerify", inspector)).as("it can never be verified now").isEqualTo(waiting);
        assertRefused(() -> bulletins.accept(item, "", inspector), null);
    }

    @Test
    void aDeadlineInAYearWithoutAHolidayScheduleIsMarked() {
        long period = lockedQuarter();
        clock.advance(Duration.ofDays(72)); // Wednesday 23 December 2026: 15 working days run into 2027, not loaded
        long id = issued(criticismByGrade(period));
        BulletinPage.Detail detail = page.detail(id, fixture.user("inspector"));
        ProblemRow item = detail.problems().get(0);
        assertThat(due(item)).hasYear(2027);
        assertThat(item.rectification().view().calendarFallback()).as("counted Monday to Friday, marked").isTrue();
        Receipt receipt = detail.receipts().get(0);
        assertThat(receipt.due()).hasYear(2026);
        assertThat(receipt.calendarFallback()).as("signing is due within 2026, whose schedule is loaded").isFalse();
    }

    @Test
    void theAcceptingNoteHasTheSameLimitAsTheOtherReasons() {
        long period = lockedQuarter();
        SignedInUser inspector = fixture.user("inspector");
        long id = issued(criticismByGrade(period));
        SignedInUser gtjHandler = fixture.user("h.gtj");
        long item = page.detail(id, gtjHandler).problems().get(0).problem().getId();
        bulletins.report(item, "已逐项补齐主动公开清单。", List.of(), gtjHandler);

        assertThatThrownBy(() -> bulletins.accept(item, "核".repeat(501), inspector)).isInstanceOfSatisfying(
                DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("note");
                    assertThat(e.messageKey()).isEqualTo("rectification.error.note");
                    assertThat(e.args()).containsExactly(500);
                });
        assertThat(state(problem(id, item, inspector))).as("nothing written").isEqualTo(RectificationState.REPORTED);
        bulletins.accept(item, "核".repeat(500), inspector);
        assertThat(state(problem(id, item, inspector))).isEqualTo(RectificationState.ACCEPTED);
    }

    @Test
    void aDepartmentCountsOnceOnEachListOfAPeriodInTheAnnualAssessment() {
        long period = lockedQuarter();
        long situation = issued(new DraftForm(period, BulletinKind.SITUATION, DraftForm.CommendBy.GRADE, 0,
                DraftForm.CriticizeBy.BOTTOM, 2, 0, true));
        issued(criticismByGrade(period));
        long gtj = fixture.department("GTJ");
        long jyj = fixture.department("JYJ");
        assertThat(page.detail(situation, fixture.user("inspector")).listed()).extracting(BulletinDepartment::departmentId)
                .contains(gtj, jyj);

        // the 情况通报 and the 通报批评 of the same quarter both criticize 市国土局: one criticism, not two
        assertThat(effects.counts(2026).get(gtj)).isEqualTo(new BulletinEffects.Counts(0, 1));
        assertThat(effects.counts(2026).get(jyj)).isEqualTo(new BulletinEffects.Counts(1, 0));

        // the 情况通报 revoked, the 通报批评 is the one that counts
        bulletins.revoke(situation, "考核结果更正，本通报撤销。", fixture.user("leader"));
        assertThat(effects.counts(2026).get(gtj)).isEqualTo(new BulletinEffects.Counts(0, 1));
        assertThat(effects.counts(2026)).doesNotContainKey(jyj);
    }

    @Test
    void aFindingOnAProblemListIsClosedThereWhenItsRectificationIsAccepted() {
        long period = lockedQuarter();
        SignedInUser inspector = fixture.user("inspector");
        SignedInUser gtjHandler = fixture.user("h.gtj");
        long gtj = fixture.department("GTJ");
        long onItsClock = confirmedFinding(gtj, IssueType.INCOMPLETE, "政府信息公开指南两年未更新。");
        long answeredTwice = confirmedFinding(gtj, IssueType.LATE, "政策解读未与文件同步发布。");
        long beingVerified = confirmedFinding(gtj, IssueType.DEAD_LINK, "机构职能栏目链接失效。");
        rectifications.report(rectificationOf(beingVerified), "已修复链接。", List.of(), gtjHandler);

        long id = issued(criticismByGrade(period));
        assertThat(page.detail(id, gtjHandler).problems().stream().map(ProblemRow::problem)
                .filter(p -> p.getSource() == ProblemSource.FINDING).map(BulletinProblem::getSourceRef).toList())
                .as("a reported finding is being verified already: not put on the list")
                .containsExactlyInAnyOrder(String.valueOf(onItsClock), String.valueOf(answeredTwice));
        long toRectify = queries.count("toRectify", gtjHandler);

        // rectified in the finding flow: the bulletin's item is closed with it, the finding's report on record
        rectifications.report(rectificationOf(onItsClock), "已更新公开指南并在门户网站发布。", List.of(), gtjHandler);
        rectifications.accept(rectificationOf(onItsClock), "", inspector);
        ProblemRow closed = fromFinding(id, onItsClock, gtjHandler);
        assertThat(state(closed)).isEqualTo(RectificationState.ACCEPTED);
        assertThat(closed.rectification().reports()).singleElement().satisfies(r -> {
            assertThat(r.report().text()).isEqualTo("已更新公开指南并在门户网站发布。");
            assertThat(r.report().verdict()).isEqualTo(Report.Verdict.ACCEPTED);
            assertThat(r.report().verdictNote()).isEqualTo("随监督意见" + reference(onItsClock) + "整改核验通过，一并销号。");
        });
        assertThat(queries.count("toRectify", gtjHandler)).isEqualTo(toRectify - 1);

        // reported on the bulletin as well: that report is the one accepted
        long item = fromFinding(id, answeredTwice, gtjHandler).problem().getId();
        bulletins.report(item, "解读材料已补发。", List.of(), gtjHandler);
        rectifications.report(rectificationOf(answeredTwice), "解读材料已补发。", List.of(), gtjHandler);
        rectifications.accept(rectificationOf(answeredTwice), "", inspector);
        ProblemRow alsoClosed = fromFinding(id, answeredTwice, inspector);
        assertThat(state(alsoClosed)).isEqualTo(RectificationState.ACCEPTED);
        assertThat(alsoClosed.rectification().reports()).singleElement().satisfies(r -> assertThat(r.report().verdictNote())
                .isEqualTo("随监督意见" + reference(answeredTwice) + "整改核验通过，一并销号。"));
    }

    /** Drafts a bulletin of the period, has it submitted and signed, and issues it; returns its id. */
    private long issued(DraftForm form) {
        SignedInUser inspector = fixture.user("inspector");
        long id = drafts.draft(form, inspector);
        bulletins.submit(id, version(id), "", inspector);
        bulletins.sign(id, version(id), "", fixture.user("leader"));
        bulletins.issue(id, inspector);
        return id;
    }

    /** 通报批评 of the 不合格: 市国土局 (55). */
    private static DraftForm criticismByGrade(long period) {
        return new DraftForm(period, BulletinKind.CRITICISM, null, 0, DraftForm.CriticizeBy.GRADE, 0, 0, false);
    }

    /** A finding filed and confirmed by the inspector: on the department's clock. */
    private long confirmedFinding(long department, IssueType type, String description) {
        SignedInUser inspector = fixture.user("inspector");
        long area = context.getBean(KeyAreaRepository.class).findAll(Sort.UNSORTED).stream().filter(KeyArea::isActive)
                .findFirst().orElseThrow().getId();
        long id = findings.file(new NewFinding(department, type, area, null, description,
                "https://gtj.example.cn/xxgk", Severity.MINOR, List.of()), inspector);
        decisions.confirm(id, "", inspector);
        return id;
    }

    /** A confirmed finding's rectification, as its page finds it. */
    private long rectificationOf(long finding) {
        return findingQueries.detail(finding, fixture.user("inspector")).rectification().view().id();
    }

    private String reference(long finding) {
        return findingQueries.reference(finding).orElseThrow();
    }

    private ProblemRow fromFinding(long bulletin, long finding, SignedInUser viewer) {
        return page.detail(bulletin, viewer).problems().stream()
                .filter(p -> p.problem().getSource() == ProblemSource.FINDING
                        && String.valueOf(finding).equals(p.problem().getSourceRef()))
                .findFirst().orElseThrow();
    }

    /** The bulletin's version, as a page loading it now would see it. */
    private int version(long id) {
        return repository.findById(id).orElseThrow().getVersion();
    }

    private static void assertChangedMeanwhile(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.changedMeanwhile"));
    }

    private ProblemRow problem(long bulletin, long item, SignedInUser viewer) {
        return page.detail(bulletin, viewer).problems().stream()
                .filter(p -> p.problem().getId() == item).findFirst().orElseThrow();
    }

    private String code(long departmentId) {
        return context.getBean(org.sunshine.directory.DepartmentRepository.class).findById(departmentId).orElseThrow().getCode();
    }

    private static void assertRefused(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            if (field != null) {
                assertThat(e.field()).isEqualTo(field);
            }
        });
    }

    /** Where an item's rectification stands. */
    private static RectificationState state(ProblemRow p) {
        return p.rectification().view().state();
    }

    private static LocalDate due(ProblemRow p) {
        return p.rectification().view().dueOn();
    }
}
