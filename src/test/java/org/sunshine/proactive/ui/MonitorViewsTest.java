package org.sunshine.proactive.ui;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.directory.Cadence;
import org.sunshine.finding.FindingQueries;
import org.sunshine.finding.IssueType;
import org.sunshine.finding.LinkedRecord;
import org.sunshine.proactive.CadenceWatch;
import org.sunshine.proactive.LateRecords;
import org.sunshine.proactive.MonitorFixture;
import org.sunshine.proactive.RecordCategory;
import org.sunshine.shell.WorkbenchView;
import org.sunshine.testing.MutableClock;
import org.sunshine.testing.UiTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 公开监测 browserless on 20 November 2026: the inspector turns a quarter with no record and a late record into
 * findings from the page, each row then showing its finding; a handler sees their department's page without buttons;
 * the workbench counts; the filing form's record picker and the finding's page showing the record. Rolled back.
 */
@MicronautTest(startApplication = false)
class MonitorViewsTest extends UiTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-20T02:00:00Z");

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    void theInspectorTurnsAnOverdueQuarterAndALateRecordIntoFindingsInOneStep() {
        MonitorFixture fixture = new MonitorFixture(context);
        long item = fixture.item(93, "测试季度事项", Cadence.QUARTERLY, LocalDate.of(2026, 7, 1), "CZJ");
        long late = fixture.record("CZJ", null, "对某单位的行政处罚决定", "盘财罚〔2026〕1号", RecordCategory.PENALTY,
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));
        long czj = fixture.department("CZJ");
        signInAs("inspector");
        navigate("disclosure/monitor");

        Grid<CadenceWatch.Miss> overdue = grid("monitor-overdue");
        int row = rowOf(overdue, m -> m.itemId() == item);
        String key = item + "-" + czj + "-2026-07-01";
        assertThat(GridKt._getFormattedRow(overdue, row)).contains("93. 测试季度事项", "每季度", "市财政局", "2026年第3季度", "无记录");
        _click((Button) _getCellComponent(overdue, row, "action"));
        TextArea description = _get(TextArea.class, spec -> spec.withId("miss-finding-description"));
        assertThat(description.getValue()).contains("市财政局", "测试季度事项", "2026年第3季度", "无公开记录");
        _click(_get(Button.class, spec -> spec.withId("dialog-miss-finding-confirm")));

        overdue = grid("monitor-overdue");
        row = rowOf(overdue, m -> m.itemId() == item);
        Component done = _getCellComponent(overdue, row, "action");
        assertThat(done).isInstanceOf(RouterLink.class);
        assertThat(done.getId()).hasValue("finding-of-" + key);
        long findingId = overdue.getListDataView().getItem(row).findingId();
        assertThat(((RouterLink) done).getHref()).isEqualTo("findings/" + findingId);
        assertThat(((RouterLink) done).getText()).as("cited by its reference").matches("督查发现 JD-2026-\\d{4,}");
        assertThat(context.getBean(FindingQueries.class).detail(findingId, fixture.user("inspector")).row().issueType())
                .isEqualTo(IssueType.NOT_DISCLOSED);

        Grid<LateRecords.LateRow> lateGrid = grid("monitor-late");
        int lateRow = IntStream.range(0, GridKt._size(lateGrid))
                .filter(i -> GridKt._get(lateGrid, i).recordId() == late).findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(lateGrid, lateRow)).contains("对某单位的行政处罚决定（盘财罚〔2026〕1号）", "行政处罚");
        _click((Button) _getCellComponent(lateGrid, lateRow, "action"));
        _click(_get(Button.class, spec -> spec.withId("dialog-miss-finding-confirm")));
        assertThat(_getCellComponent(lateGrid, lateRow, "action")).isInstanceOf(RouterLink.class);
        assertThat(_get(H3.class, spec -> spec.withId("monitor-late-title")).getText()).startsWith("不及时公开记录（");
    }

    @Test
    void aHandlerSeesTheirDepartmentsItemsWithoutButtonsAndTheWorkbenchCountsThem() {
        MonitorFixture fixture = new MonitorFixture(context);
        long item = fixture.item(94, "测试月度事项", Cadence.MONTHLY, LocalDate.of(2026, 8, 1), "MZJ");
        fixture.item(95, "财政局的月度事项", Cadence.MONTHLY, LocalDate.of(2026, 8, 1), "CZJ");
        fixture.record("MZJ", null, "民政局的行政处罚决定", "", RecordCategory.PENALTY,
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));
        signInAs("handler"); // 市民政局
        navigate("disclosure/monitor");
        assertThat(_find(ComboBox.class, spec -> spec.withId("monitor-department"))).as("no department to choose").isEmpty();
        Grid<CadenceWatch.Miss> overdue = grid("monitor-overdue");
        List<CadenceWatch.Miss> rows = overdue.getListDataView().getItems().toList();
        assertThat(rows).filteredOn(m -> m.itemId() == item).extracting(m -> m.windowStart().toString())
                .as("August and September are past their deadlines; October is not yet")
                .containsExactly("2026-08-01", "2026-09-01");
        assertThat(rows).extracting(CadenceWatch.Miss::departmentName).containsOnly("市民政局");
        assertThat(overdue.getColumnByKey("action")).as("only inspectors file").isNull();

        CadenceWatch.Counts counts = context.getBean(CadenceWatch.class).counts(fixture.user("handler"));
        navigate("workbench");
        String cards = _get(Div.class, spec -> spec.withId("workbench-disclosure-monitor")).getElement().getTextRecursively();
        assertThat(counts.overdue()).isGreaterThanOrEqualTo(2);
        assertThat(cards).contains(counts.overdue() + "逾期未公开事项", "本年不及时公开记录");
        assertThat(_find(WorkbenchView.class)).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFilingFormPicksARecordOfTheChosenDepartmentAndTheFindingShowsIt() {
        MonitorFixture fixture = new MonitorFixture(context);
        fixture.record("MZJ", null, "城乡低保对象名单", "盘民〔2026〕12号", RecordCategory.LIVELIHOOD,
                LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 12));
        fixture.record("CZJ", null, "城乡低保资金分配", "", RecordCategory.BUDGET,
                LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 12));
        signInAs("inspector");
        navigate("findings/new");
        ComboBox<LinkedRecord.Choice> picker = _get(ComboBox.class, spec -> spec.withId("finding-record-pick"));
        assertThat(picker.isEnabled()).as("a department first").isFalse();
        ComboBoxKt.selectByLabel(_get(ComboBox.class, spec -> spec.withId("finding-department")), "市民政局");
        assertThat(picker.isEnabled()).isTrue();
        ComboBoxKt.setUserInput(picker, "低保");
        assertThat(ComboBoxKt.getSuggestions(picker)).containsExactly("城乡低保对象名单（盘民〔2026〕12号）· 2026年10月12日公开");
        picker.setValue(ComboBoxKt.getSuggestionItems(picker).get(0));
        ComboBoxKt.selectByLabel(_get(ComboBox.class, spec -> spec.withId("finding-area")), "社会救助和社会福利");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("finding-issue")), IssueType.INCOMPLETE);
        _setValue(_get(TextArea.class, spec -> spec.withId("finding-description")), "名单缺少发放金额");
        _click(_get(Button.class, spec -> spec.withId("finding-submit")));

        String record = _get(Div.class, spec -> spec.withId("finding-record")).getElement().getTextRecursively();
        assertThat(record).contains("城乡低保对象名单", "2026年10月9日", "2026年10月12日", "按时公开");
        assertThat(_get(Div.class, spec -> spec.withId("finding-evidence")).getElement().getTextRecursively())
                .doesNotContain("没有上传佐证文件");
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static int rowOf(Grid<CadenceWatch.Miss> grid, java.util.function.Predicate<CadenceWatch.Miss> which) {
        List<CadenceWatch.Miss> rows = grid.getListDataView().getItems().toList();
        return rows.indexOf(rows.stream().filter(which).findFirst().orElseThrow());
    }
}
