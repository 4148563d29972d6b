package org.sunshine.bulletin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.security.SignedInUser;
import org.sunshine.testing.AssessmentFixture;
import org.sunshine.testing.MutableClock;
import org.sunshine.testing.UiTest;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's journey through the screens, browserless (rolled back): from a locked quarter the inspector drafts a
 * combined bulletin, the leader sends it back once and then signs it, it is issued with the year's number, a
 * department signs for it, a criticized department reports on its problem list and the inspector accepts the report;
 * the public sees it once issued.
 */
@MicronautTest(startApplication = false)
class BulletinViewsTest extends UiTest {

    /** Monday 12 October 2026, 10:00 in Beijing. */
    private final MutableClock clock = MutableClock.shanghai("2026-10-12T02:00:00Z");

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    void aCombinedBulletinIsDraftedSentBackSignedIssuedSignedForAndAnswered() {
        AssessmentFixture fixture = new AssessmentFixture(context);
        Map<String, Double> totals = new LinkedHashMap<>();
        totals.put("JYJ", 96.0);
        totals.put("CZJ", 88.0);
        totals.put("SLJ", 75.0);
        totals.put("GTJ", 52.0);
        fixture.lockedQuarter("通报界面测试体系", 2026, 3, totals);

        signInAs("inspector");
        navigate("bulletins");
        _click(_get(Button.class, spec -> spec.withId("bulletin-draft")));
        _click(_get(Button.class, spec -> spec.withId("dialog-draft-confirm")));
        Bulletin draft = context.getBean(BulletinRepository.class).findAllOrderByCreatedAtDescAndIdDesc().get(0);
        assertThat(_get(Span.class, spec -> spec.withId("bulletin-state")).getText()).isEqualTo("草稿");
        String paper = _get(Div.class, spec -> spec.withId("bulletin-paper")).getElement().getTextRecursively();
        assertThat(paper).contains("盘锦市人民政府办公室", "关于2026年第三季度全市政务公开工作考核情况的通报", "市教育局", "市国土资源局",
                "“主动公开”仅得52分（满分100分）", "15个工作日", "草", "此件公开发布");
        _click(_get(Button.class, spec -> spec.withId("bulletin-submit")));
        _click(_get(Button.class, spec -> spec.withId("dialog-submit-confirm")));
        assertThat(_get(Span.class, spec -> spec.withId("bulletin-state")).getText()).isEqualTo("待签发");

        signInAgainAs("leader");
        navigate("bulletins/" + draft.getId());
        _click(_get(Button.class, spec -> spec.withId("bulletin-send-back")));
        _setValue(_get(TextArea.class, spec -> spec.withId("bulletin-step-text")), "请在工作要求中写明报送整改报告的方式。");
        _click(_get(Button.class, spec -> spec.withId("dialog-send-back-confirm")));
        assertThat(_get(Span.class, spec -> spec.withId("bulletin-state")).getText()).isEqualTo("草稿");

        signInAgainAs("inspector");
        navigate("bulletins/" + draft.getId());
        _click(_get(Button.class, spec -> spec.withId("bulletin-edit")));
        TextArea body = _get(TextArea.class, spec -> spec.withId("text-body"));
        _setValue(body, body.getValue() + "\n被通报批评的单位请通过阳光政务监督平台“通报”栏目逐项报送整改报告并上传佐证材料。");
        _click(_get(Button.class, spec -> spec.withId("dialog-text-confirm")));
        _click(_get(Button.class, spec -> spec.withId("bulletin-submit")));
        _click(_get(Button.class, spec -> spec.withId("dialog-submit-confirm")));

        signInAgainAs("leader");
        navigate("bulletins/" + draft.getId());
        _click(_get(Button.class, spec -> spec.withId("bulletin-sign")));
        _click(_get(Button.class, spec -> spec.withId("dialog-sign-confirm")));
        assertThat(_get(Span.class, spec -> spec.withId("bulletin-state")).getText()).isEqualTo("已签发");

        signInAgainAs("inspector");
        navigate("bulletins/" + draft.getId());
        _click(_get(Button.class, spec -> spec.withId("bulletin-issue")));
        _click(_get(Button.class, spec -> spec.withId("dialog-issue-confirm")));
        assertThat(_get(Span.class, spec -> spec.withId("bulletin-state")).getText()).isEqualTo("已印发");
        String number = _get(Span.class, spec -> spec.withId("bulletin-number")).getText();
        assertThat(number).matches("盘政办通〔2026〕\\d+号");
        selectTab("tab-history");
        assertThat(_get(com.vaadin.flow.component.html.OrderedList.class, spec -> spec.withId("bulletin-history")).getElement().getTextRecursively())
                .contains("退回修改", "请在工作要求中写明报送整改报告的方式。", "签发", "印发");

        // 市教育局 signs for it; 市国土资源局 answers its problem list
        signInAgainAs("h.jyj");
        navigate("bulletins");
        navigate("bulletins/" + draft.getId());
        _click(_get(Button.class, spec -> spec.withId("bulletin-sign-for")));
        _click(_get(Button.class, spec -> spec.withId("dialog-sign-for-confirm")));
        assertThat(_find(Button.class, spec -> spec.withId("bulletin-sign-for"))).isEmpty();

        signInAgainAs("h.gtj");
        navigate("bulletins/" + draft.getId());
        selectTab("tab-rectification");
        BulletinProblem item = context.getBean(BulletinProblemRepository.class)
                .findByBulletinIdAndDepartmentIdOrderBySeq(draft.getId(), fixture.department("GTJ")).get(0);
        // numbered at issue: shown on the item, in the issued document, and its own address opens it
        assertThat(item.getReference()).matches("WT-2026-\\d{4,}");
        assertThat(_get(Span.class, spec -> spec.withId("problem-" + item.getId() + "-reference")).getText())
                .isEqualTo("问题 " + item.getReference());
        selectTab("tab-document");
        assertThat(_get(Div.class, spec -> spec.withId("bulletin-paper")).getElement().getTextRecursively())
                .contains("（编号" + item.getReference() + "）");
        navigate("bulletins/problems/" + item.getId());
        assertThat(_get(Div.class, spec -> spec.withId("problem-" + item.getId())).getClassNames()).contains("cited");
        assertThat(_get(TabSheet.class, spec -> spec.withId("bulletin-tabs"))
                .getSelectedTab().getId()).hasValue("tab-rectification");
        _click(_get(Button.class, spec -> spec.withId("problem-" + item.getId() + "-action-report")));
        _setValue(_get(TextArea.class, spec -> spec.withId("problem-" + item.getId() + "-action-text")),
                "已对照清单补齐主动公开事项12项，并建立月度自查制度。");
        _click(_get(Button.class, spec -> spec.withId("dialog-problem-" + item.getId() + "-report-confirm")));
        assertThat(_get(Div.class, spec -> spec.withId("problem-" + item.getId())).getElement().getTextRecursively()).contains("待核验");

        signInAgainAs("inspector");
        navigate("bulletins/" + draft.getId());
        selectTab("tab-rectification");
        _click(_get(Button.class, spec -> spec.withId("problem-" + item.getId() + "-action-accept")));
        _click(_get(Button.class, spec -> spec.withId("dialog-problem-" + item.getId() + "-accept-confirm")));
        assertThat(_get(Div.class, spec -> spec.withId("problem-" + item.getId())).getElement().getTextRecursively()).contains("已销号");
        selectTab("tab-receipts");
        assertThat(_get(Paragraph.class, spec -> spec.withId("bulletin-receipts-summary")).getText()).startsWith("已签收 1/4 个单位");

        // the public sees it, with the frozen PDF
        stopVaadin();
        startVaadin();
        navigate("public/bulletins");
        assertThat(_get(Div.class, spec -> spec.withId("public-bulletin-" + draft.getId())).getElement().getTextRecursively())
                .contains(number, "关于2026年第三季度全市政务公开工作考核情况的通报");
        assertThat(_find(Anchor.class, spec -> spec.withId("public-bulletin-pdf-" + draft.getId()))).hasSize(1);
    }

    @Test
    void aLeaderCannotSignFromAPageOlderThanTheText() {
        AssessmentFixture fixture = new AssessmentFixture(context);
        Map<String, Double> totals = new LinkedHashMap<>();
        totals.put("JYJ", 96.0);
        totals.put("GTJ", 52.0);
        long period = fixture.lockedQuarter("通报旧页面测试体系", 2026, 3, totals);
        BulletinSteps service = context.getBean(BulletinSteps.class);
        BulletinRepository bulletins = context.getBean(BulletinRepository.class);
        SignedInUser inspector = fixture.user("inspector");
        long id = context.getBean(BulletinDrafts.class).draft(new DraftForm(period, BulletinKind.CRITICISM, null, 0,
                DraftForm.CriticizeBy.GRADE, 0, 0, false), inspector);
        service.submit(id, bulletins.findById(id).orElseThrow().getVersion(), "", inspector);

        signInAs("leader");
        navigate("bulletins/" + id);
        _click(_get(Button.class, spec -> spec.withId("bulletin-sign")));
        // while the leader reads, the draft is sent back from another tab, rewritten and submitted again
        service.sendBack(id, bulletins.findById(id).orElseThrow().getVersion(), "请补充整改要求。", fixture.user("leader"));
        Bulletin b = bulletins.findById(id).orElseThrow();
        service.saveText(id, b.getVersion(), new TextForm(b.getTitle(), b.getAddressees(),
                b.getBody() + "\n请于10个工作日内报送整改报告。", b.getCopyTo(), b.isPublicRelease()), inspector);
        service.submit(id, bulletins.findById(id).orElseThrow().getVersion(), "", inspector);

        _click(_get(Button.class, spec -> spec.withId("dialog-sign-confirm")));
        expectNotifications("此事项刚被他人修改，请刷新后重试。");
        Bulletin after = bulletins.findById(id).orElseThrow();
        assertThat(after.getState()).isEqualTo(BulletinState.IN_REVIEW);
        assertThat(after.getSignedByName()).isNull();
    }

    private void selectTab(String id) {
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("bulletin-tabs"));
        tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId(id)));
    }

    private void signInAgainAs(String username) {
        stopVaadin();
        startVaadin();
        signInAs(username);
    }

}
