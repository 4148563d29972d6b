package org.sunshine.assessment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sunshine.base.ui.NotFoundView;
import org.sunshine.directory.DepartmentRepository;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.security.SignedInUser;
import org.sunshine.testing.MutableClock;
import org.sunshine.testing.UiTest;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quarter through the screens, browserless, with the real services and database (rolled back): the inspector
 * sets it up and assigns two inspectors, both score two departments on the default indicator system, a spread is
 * flagged and ruled on, the results are published, one department objects and the other accepts, the objection is
 * answered and the period is locked with the ranking and grades shown.
 */
@MicronautTest(startApplication = false)
class AssessmentViewsTest extends UiTest {

    /** Monday 12 October 2026, 10:00 in Beijing: the third quarter is over. */
    private final MutableClock clock = MutableClock.shanghai("2026-10-12T02:00:00Z");

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    void aQuarterIsScoredPublishedAnsweredAndLockedThroughTheScreens() throws Exception {
        context.getBean(DefaultIndicatorSystem.class).load();
        SignedInUser lead = signInAs("inspector");
        navigate("assessment/periods");
        _click(_get(Button.class, spec -> spec.withId("period-create")));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<DepartmentRow> scope = _get(MultiSelectComboBox.class, spec -> spec.withId("period-departments"));
        assertThat(scope.getValue()).as("all top-level departments by default").hasSizeGreaterThan(20);
        _setValue(scope, scope.getListDataView().getItems().filter(d -> Set.of("JYJ", "CZJ").contains(d.code()))
                .collect(Collectors.toSet()));
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        Period period = context.getBean(PeriodRepository.class).findByName("2026年第三季度").orElseThrow();
        assertThat(_get(Span.class, spec -> spec.withId("period-state")).getText()).isEqualTo("评分中");

        _click(_get(Button.class, spec -> spec.withId("period-assign-all")));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Long> inspectors = _get(MultiSelectComboBox.class, spec -> spec.withId("assign-inspectors"));
        _setValue(inspectors, Set.of(lead.id(), userId("insp.zhang")));
        _click(_get(Button.class, spec -> spec.withId("dialog-assign-confirm")));

        // the lead inspector scores: one indicator below full marks needs a reason
        long first = firstManual(period);
        openSheet(period, "JYJ");
        fillFullMarks();
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("value-" + first)), new BigDecimal("4"));
        clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("sheet-submit")));
        Dialog confirm = _get(Dialog.class, spec -> spec.withId("dialog-sheet-submit"));
        _click(_get(Button.class, spec -> spec.withId("dialog-sheet-submit-confirm")));
        // refused: the error only, never "submitted"; the dialog gives way to the field to fix
        expectNotifications("“重大决策预公开”未得满分（或有扣分、加分、否决），请写明理由。");
        assertThat(confirm.isOpened()).isFalse();
        TextArea reason = _get(TextArea.class, spec -> spec.withId("reason-" + first));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("“重大决策预公开”未得满分（或有扣分、加分、否决），请写明理由。");
        assertThat(_get(Span.class, spec -> spec.withId("sheet-state")).getText()).isNotEqualTo("已提交");
        _setValue(reason, "两项重大决策未公开征求意见。");
        submit();
        expectNotifications("评分表已提交");
        assertThat(_get(Span.class, spec -> spec.withId("sheet-state")).getText()).isEqualTo("已提交");
        openSheet(period, "CZJ");
        fillFullMarks();
        submit();

        // the second inspector gives the same indicator 1 of 5: 3 points apart, more than 30 % of 5
        signInAgainAs("insp.zhang");
        openSheet(period, "JYJ");
        fillFullMarks();
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("value-" + first)), new BigDecimal("1"));
        _setValue(_get(TextArea.class, spec -> spec.withId("reason-" + first)), "四项重大决策均未预公开。");
        submit();
        openSheet(period, "CZJ");
        fillFullMarks();
        submit();

        signInAgainAs("inspector");
        navigate("assessment/periods/" + period.getId());
        assertThat(_get(Button.class, spec -> spec.withId("period-publish")).isEnabled()).isFalse();
        assertThat(_get(Div.class, spec -> spec.withId("period-problems")).getElement().getTextRecursively())
                .contains("有 1 项评分分歧超过阈值，需要牵头督查人员裁定。");
        navigate("assessment/periods/" + period.getId() + "/departments/" + dept("JYJ"));
        long agreed = secondOnSheet(period);
        assertThat(_find(Button.class, spec -> spec.withId("rule-" + agreed))).as("no spread, nothing to rule on").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("rule-" + first)));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("rule-value")), new BigDecimal("2"));
        _setValue(_get(TextArea.class, spec -> spec.withId("rule-reason")), "复核网站“意见征集”栏目，三项未预公开。");
        _click(_get(Button.class, spec -> spec.withId("dialog-rule-confirm")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("result-ruling-" + first)).getText())
                .startsWith("牵头督查人员裁定为 2（王明");

        navigate("assessment/periods/" + period.getId());
        _click(_get(Button.class, spec -> spec.withId("period-publish")));
        _click(_get(Button.class, spec -> spec.withId("dialog-period-publish-confirm")));
        assertThat(_get(Span.class, spec -> spec.withId("period-state")).getText()).isEqualTo("结果公示");

        // 市教育局 objects, 市财政局 accepts
        signInAgainAs("h.jyj");
        navigate("assessment/periods/" + period.getId() + "/departments/" + dept("CZJ"));
        assertThat(_find(NotFoundView.class)).as("another department's result").hasSize(1);
        navigate("assessment/periods/" + period.getId() + "/departments/" + dept("JYJ"));
        assertThat(_get(Span.class, spec -> spec.withId("result-rank")).getText()).isEqualTo("第 2 名（共 2 个部门）");
        _click(_get(Button.class, spec -> spec.withId("result-object")));
        _setValue(_get(TextArea.class, spec -> spec.withId("objection-text")), "重大决策均已在“意见征集”栏目公开，请复核。");
        _click(_get(Button.class, spec -> spec.withId("dialog-object-confirm")));
        assertThat(_find(Button.class, spec -> spec.withId("result-object"))).as("once").isEmpty();
        signInAgainAs("h.czj");
        navigate("assessment/periods/" + period.getId() + "/departments/" + dept("CZJ"));
        _click(_get(Button.class, spec -> spec.withId("result-accept")));
        _click(_get(Button.class, spec -> spec.withId("dialog-accept-confirm")));

        signInAgainAs("inspector");
        navigate("assessment/periods/" + period.getId());
        assertThat(_get(Button.class, spec -> spec.withId("period-lock")).isEnabled()).isFalse();
        Objection objection = context.getBean(ObjectionRepository.class).findByPeriodIdOrderByFiledAt(period.getId()).get(0);
        selectTab("tab-objections");
        _click(_get(Button.class, spec -> spec.withId("objection-answer-" + objection.id())));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ObjectionOutcome> outcome = _get(RadioButtonGroup.class, spec -> spec.withId("answer-outcome"));
        _setValue(outcome, ObjectionOutcome.MAINTAINED);
        _setValue(_get(TextArea.class, spec -> spec.withId("answer-text")), "经复核，三项重大决策未在决策前公开征求意见，维持原结果。");
        _click(_get(Button.class, spec -> spec.withId("dialog-answer-confirm")));
        _click(_get(Button.class, spec -> spec.withId("period-lock")));
        _click(_get(Button.class, spec -> spec.withId("dialog-period-lock-confirm")));
        assertThat(_get(Span.class, spec -> spec.withId("period-state")).getText()).isEqualTo("已锁定");
        selectTab("tab-history");
        assertThat(_get(com.vaadin.flow.component.html.OrderedList.class, spec -> spec.withId("period-history"))
                .getElement().getTextRecursively()).contains("王明：创建考核周期（评分中）", "王明：公示考核结果（结果公示）",
                "：提出异议（结果公示）", "：确认无异议（结果公示）", "王明：答复异议（结果公示）", "王明：锁定考核结果（已锁定）",
                "市教育局：维持原结果。经复核");

        selectTab("tab-ranking");
        @SuppressWarnings("unchecked")
        Grid<ResultTable.Row> ranking = _get(Grid.class, spec -> spec.withId("ranking"));
        // 市财政局 full marks everywhere: 100, 优秀. 诉求办理 (20) has no rated indicator (no complaints in the quarter), so
        // 决策公开 carries 10 × 100 / 80 = 12.5; 市教育局 has 2 + 5 of its 10 points: 12.5 × 7 / 10 = 8.75, 3.75 less: 96.25
        assertThat(ranking.getListDataView().getItems().toList()).extracting(ResultTable.Row::departmentName,
                ResultTable.Row::rank, r -> r.score().total(), ResultTable.Row::grade).containsExactly(
                org.assertj.core.groups.Tuple.tuple("市财政局", 1, 100.0, Grade.EXCELLENT),
                org.assertj.core.groups.Tuple.tuple("市教育局", 2, 96.25, Grade.EXCELLENT));
        assertThat(_get(Div.class, spec -> spec.withId("ranking-rules")).getElement().getTextRecursively())
                .contains("基本满意 × 0.9", "少于 5 件的不计分", "1、2、2、4");
        byte[] pdf = _download(_get(Anchor.class, spec -> spec.withId("ranking-pdf")));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("2026年第三季度考核得分表", "市财政局", "96.25");
        }
    }

    private void selectTab(String id) {
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("period-tabs"));
        tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId(id)));
    }

    private void openSheet(Period period, String code) {
        navigate("assessment/periods/" + period.getId() + "/sheets/" + dept(code));
    }

    /** Full marks, no occurrences, no veto on every input of the sheet on screen. */
    private void fillFullMarks() {
        for (BigDecimalField field : _find(BigDecimalField.class)) {
            String suffix = ((Span) field.getSuffixComponent()).getText();
            _setValue(field, new BigDecimal(suffix.substring(2)));
        }
        for (IntegerField field : _find(IntegerField.class)) {
            _setValue(field, 0);
        }
        for (RadioButtonGroup<?> field : _find(RadioButtonGroup.class)) {
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Boolean> veto = (RadioButtonGroup<Boolean>) field;
            _setValue(veto, false);
        }
    }

    private void submit() {
        _click(_get(Button.class, spec -> spec.withId("sheet-submit")));
        _click(_get(Button.class, spec -> spec.withId("dialog-sheet-submit-confirm")));
    }

    private long firstManual(Period period) {
        return context.getBean(IndicatorSystemService.class).treeOf(period.getSystemId()).categories().get(0)
                .indicators().get(0).id();
    }

    /** An indicator on the sheet other than {@link #firstManual}: both inspectors give it the same value. */
    private long secondOnSheet(Period period) {
        return context.getBean(IndicatorSystemService.class).treeOf(period.getSystemId()).categories().stream()
                .flatMap(b -> b.indicators().stream()).filter(ScoreSheetService::onSheet).map(Indicator::id)
                .filter(id -> id != firstManual(period)).findFirst().orElseThrow();
    }

    private void signInAgainAs(String username) {
        stopVaadin();
        startVaadin();
        signInAs(username);
    }

    private long userId(String username) {
        return context.getBean(org.sunshine.security.UserRepository.class).findByUsername(username).orElseThrow().getId();
    }

    private long dept(String code) {
        return context.getBean(DepartmentRepository.class).findByCode(code).orElseThrow().getId();
    }
}
