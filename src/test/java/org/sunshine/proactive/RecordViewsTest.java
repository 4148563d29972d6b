package org.sunshine.proactive;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.proactive.ui.RecordDetailView;
import org.sunshine.proactive.ui.RecordsView;
import org.sunshine.security.SignedInUser;
import org.sunshine.testing.UiTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

/** The records' staff screens, browserless, on the real services (each test rolled back). */
@MicronautTest(startApplication = false)
class RecordViewsTest extends UiTest {

    private RecordFixture fixture() {
        return new RecordFixture(context);
    }

    @SuppressWarnings("unchecked")
    private Grid<RecordRow> grid() {
        return _get(Grid.class, spec -> spec.withId("disclosure-records"));
    }

    private List<Long> listed() {
        Grid<RecordRow> grid = grid();
        int size = _size(grid);
        return size == 0 ? List.of() : _fetch(grid, 0, size).stream().map(RecordRow::id).toList();
    }

    @Test
    void theListFiltersAndMarksTheLateOnesWithTheirWorkingDays() {
        RecordFixture f = fixture();
        SignedInUser handler = f.user("handler");
        long mzj = f.department("MZJ");
        Records records = context.getBean(Records.class);
        long late = records.add(RecordFixture.licensing(mzj).title("列表测试逾期的许可决定").published("2026-10-15").form(),
                handler);
        long inTime = records.add(RecordFixture.licensing(mzj).title("列表测试按期的规划").category(RecordCategory.PLANS)
                .published("2026-10-09").form(), handler);

        signInAs("handler");
        navigate("disclosure/records");
        assertThat(_find(ComboBox.class, spec -> spec.withId("record-department-filter")))
                .as("a handler's department is fixed").isEmpty();
        _setValue(_get(TextField.class, spec -> spec.withId("record-search")), "列表测试");
        assertThat(listed()).containsExactlyInAnyOrder(late, inTime);

        _setValue(_get(Checkbox.class, spec -> spec.withId("record-late-filter")), true);
        assertThat(listed()).containsExactly(late);
        Component due = _getCellComponent(grid(), 0, "due");
        assertThat(_get(due, Span.class, spec -> spec.withClasses("record-late")).getText())
                .isEqualTo("逾期公开 2 个工作日");
        assertThat(_getFormattedRow(grid(), 0)).contains("2026-09-28", "2026-10-15", "政府网站");
        assertThat(_get(_getCellComponent(grid(), 0, "title"), Span.class, spec -> spec.withClasses("list-cell-sub"))
                .getText()).as("the category under the title").contains("行政许可");
        assertThat(_get(due, Span.class, spec -> spec.withClasses("due-badge")).getText()).startsWith("公开期限 ");

        _setValue(_get(Checkbox.class, spec -> spec.withId("record-late-filter")), false);
        @SuppressWarnings("unchecked")
        Select<RecordCategory> category = _get(Select.class, spec -> spec.withId("record-category-filter"));
        _setValue(category, RecordCategory.PLANS);
        assertThat(listed()).containsExactly(inTime);
        _setValue(category, null);
        _setValue(_get(DatePicker.class, spec -> spec.withId("record-from")), LocalDate.of(2026, 10, 10));
        assertThat(listed()).as("published from 10 October").containsExactly(late);

        DepartmentRow other = f.otherDepartment();
        stopVaadin();
        startVaadin();
        signInAs(RecordFixture.handlerOf(other));
        navigate("disclosure/records");
        _setValue(_get(TextField.class, spec -> spec.withId("record-search")), "列表测试");
        assertThat(listed()).as("another department's handler").isEmpty();

        stopVaadin();
        startVaadin();
        signInAs("inspector");
        navigate("disclosure/records?late=true");
        @SuppressWarnings("unchecked")
        ComboBox<DepartmentRow> department = _get(ComboBox.class, spec -> spec.withId("record-department-filter"));
        assertThat(department.isVisible()).isTrue();
        _setValue(department, department.getListDataView().getItems().filter(d -> d.id() == mzj).findFirst().orElseThrow());
        assertThat(listed()).contains(late).doesNotContain(inTime);
        assertThat(_find(Button.class, spec -> spec.withId("record-add"))).as("the inspector records nothing").isEmpty();
    }

    private static boolean shown(Class<? extends Component> type, String id) {
        return !_find(type, spec -> spec.withId(id)).isEmpty();
    }

    @Test
    void theFormShowsTheFieldsThatApplyAndTheDeadlineAndThePageRemoves() {
        signInAs("handler");
        navigate("disclosure/records/new");
        @SuppressWarnings("unchecked")
        Select<RecordCategory> category = _get(Select.class, spec -> spec.withId("record-category"));
        @SuppressWarnings("unchecked")
        Select<Channel> channel = _get(Select.class, spec -> spec.withId("record-channel"));
        assertThat(_get(ComboBox.class, spec -> spec.withId("record-departmentId")).isReadOnly()).isTrue();
        assertThat(shown(BigDecimalField.class, "record-feeAmount")).isFalse();
        assertThat(shown(DatePicker.class, "record-issuedOn")).isFalse();
        assertThat(shown(TextField.class, "record-channelNote")).isFalse();
        _setValue(category, RecordCategory.FEE);
        assertThat(shown(BigDecimalField.class, "record-feeAmount")).isTrue();
        assertThat(shown(DatePicker.class, "record-issuedOn")).isFalse();
        _setValue(category, RecordCategory.NORMATIVE);
        assertThat(shown(DatePicker.class, "record-issuedOn")).isTrue();
        assertThat(shown(DatePicker.class, "record-repealedOn")).isTrue();
        assertThat(shown(BigDecimalField.class, "record-feeAmount")).isFalse();
        _setValue(channel, Channel.OTHER);
        assertThat(shown(TextField.class, "record-channelNote")).isTrue();

        _setValue(_get(TextField.class, spec -> spec.withId("record-title")), "表单测试许可决定");
        _setValue(category, RecordCategory.LICENSING);
        _setValue(channel, Channel.WEBSITE);
        _setValue(_get(DatePicker.class, spec -> spec.withId("record-formedOn")), LocalDate.of(2026, 9, 28));
        _setValue(_get(DatePicker.class, spec -> spec.withId("record-publishedOn")), LocalDate.of(2026, 10, 14));
        assertThat(_get(Span.class, spec -> spec.withId("record-clock-rule")).getText())
                .isEqualTo("时限：行政许可、行政处罚决定，形成之日起 7 个工作日。");
        assertThat(_get(Span.class, spec -> spec.withId("record-clock-due")).getText())
                .startsWith("公开期限：2026年10月13日");
        assertThat(_get(Span.class, spec -> spec.withClasses("record-late")).getText()).isEqualTo("逾期公开 1 个工作日");

        _click(_get(Button.class, spec -> spec.withId("record-save")));
        TextField url = _get(TextField.class, spec -> spec.withId("record-url"));
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).isEqualTo("在政府网站或政务新媒体公开的，请填写网址。");
        _setValue(url, "https://www.panjin.gov.cn/mzj/1.html");
        _click(_get(Button.class, spec -> spec.withId("record-save")));

        _get(RecordDetailView.class);
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("record-title")).getText())
                .isEqualTo("表单测试许可决定");
        assertThat(_get(Span.class, spec -> spec.withClasses("record-late")).getText()).isEqualTo("逾期公开 1 个工作日");
        _click(_get(Button.class, spec -> spec.withId("record-remove")));
        _click(_get(Button.class, spec -> spec.withId("dialog-record-remove-confirm")));
        assertThat(_get(TextField.class, spec -> spec.withId("record-remove-reason")).getErrorMessage())
                .isEqualTo("请填写删除原因。");
        _setValue(_get(TextField.class, spec -> spec.withId("record-remove-reason")), "录入测试");
        _click(_get(Button.class, spec -> spec.withId("dialog-record-remove-confirm")));
        _get(RecordsView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("record-search")), "表单测试");
        assertThat(listed()).isEmpty();
    }

    @Test
    void theImportScreenListsEveryProblemOrTheCountsOfWhatItWrote() {
        signInAs("handler");
        navigate("disclosure/records/import");
        Upload upload = _get(Upload.class, spec -> spec.withId("import-upload"));
        byte[] bad = RecordImportTest.csv(StandardCharsets.UTF_8, true, RecordImportTest.HEADER,
                "关于准予界面测试甲许可的决定,,行政许可,,2026-09-28,2026-10-13,公开栏,,,,,",
                "关于准予界面测试乙许可的决定,,行政批复,,2026-13-45,2026-10-13,公开栏,,,,,");
        _upload(upload, "bad.csv", "text/csv", bad);
        MockVaadin.clientRoundtrip();
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("发现 2 个问题，没有写入任何记录。请改正后重新上传整个文件。");
        @SuppressWarnings("unchecked")
        Grid<Object> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(_getFormattedRow(problems, 0)).containsExactly("3", "类别",
                "类别“行政批复”不在可选范围内，请按模板“填写说明”中的名称填写。");
        assertThat(_getFormattedRow(problems, 1)).containsExactly("3", "形成或变更日期",
                "无法识别日期“2026-13-45”，请写作 2026-03-05。");

        byte[] good = RecordImportTest.csv(StandardCharsets.UTF_8, true, RecordImportTest.HEADER,
                "关于准予界面测试甲许可的决定,,行政许可,,2026-09-28,2026-10-13,公开栏,,,,,",
                "关于准予界面测试乙许可的决定,,行政许可,,2026-09-28,2026-10-16,公开栏,,,,,");
        _upload(upload, "good.csv", "text/csv", good);
        MockVaadin.clientRoundtrip();
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-counts")).getText())
                .isEqualTo("已导入 2 条公开记录，其中 1 条逾期公开。");
        assertThat(_find(Grid.class, spec -> spec.withId("import-problems"))).isEmpty();
        RouterLink lateOnes = _get(RouterLink.class, spec -> spec.withId("import-show-late"));
        navigate(lateOnes.getHref());
        assertThat(_fetch(grid(), 0, _size(grid()))).extracting(RecordRow::title)
                .containsExactly("关于准予界面测试乙许可的决定");
    }
}
