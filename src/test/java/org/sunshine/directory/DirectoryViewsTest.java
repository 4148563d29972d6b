package org.sunshine.directory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.directory.ui.DepartmentsView;
import org.sunshine.directory.ui.ResponsibilitiesView;
import org.sunshine.testing.UiTest;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The directory screens as an administrator and as a handler see them. */
@MicronautTest(startApplication = false)
class DirectoryViewsTest extends UiTest {

    @Test
    void anAdministratorAddsADepartmentThroughTheDialog() {
        signInAs("admin");
        navigate("directory/departments");
        _click(_get(Button.class, spec -> spec.withId("department-create")));
        _setValue(_get(TextField.class, spec -> spec.withId("department-code")), "XZFW");
        _setValue(_get(TextField.class, spec -> spec.withId("department-name")), "市行政服务中心");
        _setValue(_get(TextField.class, spec -> spec.withId("department-short-name")), "服务中心");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        _setValue(_get(TextField.class, spec -> spec.withId("department-search")), "服务中心");
        @SuppressWarnings("unchecked")
        Grid<DepartmentRow> grid = _get(Grid.class, spec -> spec.withId("departments"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(grid.getListDataView().getItems().map(DepartmentRow::name).toList()).containsExactly("市行政服务中心");
    }

    @Test
    void aBadCodeIsExplainedOnTheFieldAndNothingIsSaved() {
        signInAs("admin");
        navigate("directory/departments");
        _click(_get(Button.class, spec -> spec.withId("department-create")));
        TextField code = _get(TextField.class, spec -> spec.withId("department-code"));
        _setValue(code, "MZJ");
        _setValue(_get(TextField.class, spec -> spec.withId("department-name")), "又一个民政局");
        _setValue(_get(TextField.class, spec -> spec.withId("department-short-name")), "又一个");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("部门编码“MZJ”已被“市民政局”使用，请换一个编码。");
        assertThat(context.getBean(DepartmentService.class).search(new DepartmentFilter("又一个", null, true))).isEmpty();
    }

    @Test
    void aHandlerReadsTheDirectoryButCannotChangeIt() {
        signInAs("handler");
        navigate("directory/departments");
        _get(DepartmentsView.class);
        assertThat(_find(Button.class, spec -> spec.withId("department-create"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("department-pdf"))).hasSize(1);
        navigate("directory/responsibilities");
        _get(ResponsibilitiesView.class);
        assertThat(_find(Button.class, spec -> spec.withId("responsibility-create"))).isEmpty();
    }

    @Test
    void theResponsibilityTableFiltersByDepartmentAndText() {
        signInAs("inspector");
        navigate("directory/responsibilities");
        @SuppressWarnings("unchecked")
        ComboBox<DepartmentRow> department = _get(ComboBox.class, spec -> spec.withId("responsibility-department-filter"));
        _setValue(department, department.getListDataView().getItems().filter(d -> d.code().equals("MZJ")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Grid<ResponsibilityRow> grid = _get(Grid.class, spec -> spec.withId("responsibilities"));
        assertThat(grid.getListDataView().getItems().map(ResponsibilityRow::seqNo).toList()).containsExactly(10, 17);
        _setValue(department, null);
        _setValue(_get(TextField.class, spec -> spec.withId("responsibility-search")), "各部门");
        assertThat(grid.getListDataView().getItems().map(ResponsibilityRow::seqNo).toList()).containsExactly(20, 21);
    }

    @Test
    void anAdministratorAddsAPenaltyItemWhoseClockDefaultsToSevenDays() {
        signInAs("admin");
        navigate("directory/responsibilities");
        _click(_get(Button.class, spec -> spec.withId("responsibility-create")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("responsibility-seq")).getValue()).isEqualTo(24);
        _setValue(_get(TextField.class, spec -> spec.withId("responsibility-title")), "行政处罚决定书公开");
        @SuppressWarnings("unchecked")
        Select<DisclosureCategory> category = _get(Select.class, spec -> spec.withId("responsibility-category"));
        _setValue(category, DisclosureCategory.PENALTY);
        assertThat(_get(IntegerField.class, spec -> spec.withId("responsibility-clock")).getValue()).isEqualTo(7);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<DepartmentRow> leads = _get(MultiSelectComboBox.class, spec -> spec.withId("responsibility-leads"));
        _setValue(leads, Set.of(leads.getListDataView().getItems().filter(d -> d.code().equals("SCJ")).findFirst().orElseThrow()));
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        ResponsibilityRow saved = context.getBean(ResponsibilityService.class).list(false).stream()
                .filter(r -> r.seqNo() == 24).findFirst().orElseThrow();
        assertThat(saved.title()).isEqualTo("行政处罚决定书公开");
        assertThat(saved.clockDays()).isEqualTo(7);
        assertThat(saved.leadNames("、")).isEqualTo("市市场监管局");
    }

    @Test
    void theTypeFilterNarrowsTheList() {
        signInAs("leader");
        navigate("directory/departments");
        @SuppressWarnings("unchecked")
        Select<DepartmentType> type = _get(Select.class, spec -> spec.withId("department-type-filter"));
        _setValue(type, DepartmentType.PEOPLE_ORGANIZATION);
        @SuppressWarnings("unchecked")
        Grid<DepartmentRow> grid = _get(Grid.class, spec -> spec.withId("departments"));
        assertThat(grid.getListDataView().getItems().map(DepartmentRow::name).toList()).isEqualTo(List.of("市残联"));
    }
}
