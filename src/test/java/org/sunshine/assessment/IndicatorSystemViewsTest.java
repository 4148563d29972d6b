package org.sunshine.assessment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.assessment.ui.IndicatorSystemView;
import org.sunshine.testing.UiTest;

import java.math.BigDecimal;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The indicator system editor, browserless, on the shipped default system (each test rolled back). */
@MicronautTest(startApplication = false)
class IndicatorSystemViewsTest extends UiTest {

    @Test
    void anInspectorCopiesTheSystemChangesTheDraftAndPublishesIt() {
        context.getBean(DefaultIndicatorSystem.class).load();
        long shipped = context.getBean(IndicatorSystemService.class).published().get(0).getId();
        signInAs("inspector");
        navigate("assessment/systems/" + shipped);
        assertThat(_find(Button.class, spec -> spec.withId("category-add"))).as("published: read-only").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("system-copy")));

        IndicatorSystemView draft = _get(IndicatorSystemView.class);
        assertThat(draft.getPageTitle()).isEqualTo("政务公开工作绩效考核指标体系 第 2 版");
        assertThat(problems()).contains("检查通过，可以发布。");

        _click(_get(Button.class, spec -> spec.withId("category-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("category-name")), "政策解读");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("category-weight")), new BigDecimal("10"));
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        assertThat(_get(Span.class, spec -> spec.withId("system-weight-sum")).getText()).isEqualTo("一级指标权重合计：110（应为 100）");
        assertThat(problems()).contains("一级指标权重合计为 110，应为 100。", "一级指标“政策解读”下还没有二级指标。");

        // a computed indicator without its metric is refused on the field
        _click(_get(Button.class, spec -> spec.withId("indicator-add-8")));
        _setValue(_get(TextField.class, spec -> spec.withId("indicator-name")), "解读及时率");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<IndicatorKind> kind = _get(RadioButtonGroup.class, spec -> spec.withId("indicator-kind"));
        _setValue(kind, IndicatorKind.AUTO);
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("indicator-max")), new BigDecimal("10"));
        _setValue(_get(TextArea.class, spec -> spec.withId("indicator-guidance")), "按期解读的比例 × 10 分。");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        @SuppressWarnings("unchecked")
        Select<Metric> metric = _get(Select.class, spec -> spec.withId("indicator-metric"));
        assertThat(metric.isInvalid()).isTrue();
        assertThat(metric.getErrorMessage()).isEqualTo("自动计算的指标须选择计算口径。");
        _setValue(kind, IndicatorKind.MANUAL);
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        @SuppressWarnings("unchecked")
        Grid<Indicator> added = _get(_get(Div.class, spec -> spec.withId("category-8")), Grid.class);
        assertThat(added.getListDataView().getItems()).extracting(Indicator::name, Indicator::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("解读及时率", IndicatorKind.MANUAL));

        // 5 each to 决策公开 and 政策解读, and it can be published
        setWeight("category-1", "5");
        setWeight("category-8", "5");
        assertThat(problems()).contains("检查通过，可以发布。");
        _click(_get(Button.class, spec -> spec.withId("system-publish")));
        _click(_get(Button.class, spec -> spec.withId("dialog-system-publish-confirm")));
        assertThat(_find(Button.class, spec -> spec.withId("category-add"))).isEmpty();
        assertThat(context.getBean(IndicatorSystemService.class).published()).extracting(IndicatorSystem::getVersionNo)
                .containsExactly(2, 1);
    }

    private void setWeight(String categoryId, String weight) {
        _click(_get(_get(Div.class, spec -> spec.withId(categoryId)), Button.class, spec -> spec.withText("编辑")));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("category-weight")), new BigDecimal(weight));
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
    }

    private String problems() {
        return _get(Div.class, spec -> spec.withId("system-problems")).getElement().getTextRecursively();
    }
}
