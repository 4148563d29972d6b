package org.sunshine.complaint;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.testing.UiTest;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18's "done when": an inspector searching 诉求办理 for a word from the middle of a complaint's content finds it,
 * the word marked under the subject — the demo's first complaint in progress, filed here (the tests have no demo
 * activity). Rolled back.
 */
@MicronautTest(startApplication = false)
class ComplaintSearchViewTest extends UiTest {

    /** The demo's first complaint in progress (DemoActivity). */
    private static final String DEMO_SUBJECT = "社区低保名单没有公示";
    private static final String DEMO_CONTENT = "我所在的东城街道幸福社区今年的低保对象名单没有在社区公示栏和政府网站公示。";

    private void fileTheDemoComplaint() {
        long mzj = context.getBean(DepartmentService.class).active().stream().filter(d -> d.code().equals("MZJ"))
                .mapToLong(DepartmentRow::id).findFirst().orElseThrow();
        context.getBean(ComplaintIntake.class).submit(new Submission(ComplaintType.COMPLAINT, null, mzj, DEMO_SUBJECT,
                DEMO_CONTENT, "张三", "13812345678", true, List.of()), ComplaintIntake.Origin.web("10.3.3.3"));
    }

    @SuppressWarnings("unchecked")
    private Grid<ComplaintRow> grid() {
        return _get(Grid.class, spec -> spec.withId("complaints"));
    }

    @Test
    void theInspectorFindsADemoComplaintByAWordFromTheMiddleOfItsContent() {
        fileTheDemoComplaint();
        signInAs("inspector");
        navigate("complaints");
        _click(_get(Button.class, spec -> spec.withId("complaint-states-quick-all")));
        _setValue(_get(TextField.class, spec -> spec.withId("complaint-search")), "幸福社区");

        Grid<ComplaintRow> grid = grid();
        int row = -1;
        for (int i = 0; i < _size(grid) && row < 0; i++) {
            if (_get(grid, i).subject().equals(DEMO_SUBJECT)) {
                row = i;
            }
        }
        assertThat(row).as("the demo complaint is listed").isGreaterThanOrEqualTo(0);
        Component cell = _getCellComponent(grid, row, "subject");
        Span snippet = _get(cell, Span.class, spec -> spec.withClasses("search-snippet"));
        List<Span> marks = _find(snippet, Span.class, spec -> spec.withClasses("search-mark"));
        assertThat(marks).extracting(Span::getText).contains("幸福社区");
        assertThat(snippet.getElement().getTextRecursively()).contains("东城街道幸福社区今年的低保");
        assertThat(cell.getElement().getAttribute("title")).as("the whole subject on hover").startsWith(DEMO_SUBJECT);
    }

    @Test
    void aHandlerFindsOnlyTheirDepartmentsComplaints() {
        DepartmentService departments = context.getBean(DepartmentService.class);
        List<DepartmentRow> active = departments.active();
        long mzj = active.stream().filter(d -> d.code().equals("MZJ")).mapToLong(DepartmentRow::id).findFirst().orElseThrow();
        long other = active.stream().filter(d -> !d.code().equals("MZJ") && !d.code().equals("SZFB"))
                .mapToLong(DepartmentRow::id).findFirst().orElseThrow();
        ComplaintIntake intake = context.getBean(ComplaintIntake.class);
        ComplaintHandling handling = context.getBean(ComplaintHandling.class);
        var inspector = signInAs("inspector");
        for (long department : new long[]{mzj, other}) {
            long id = intake.submit(new Submission(ComplaintType.COMPLAINT, null, department, "雁栖湖步道路灯不亮",
                    "雁栖湖步道的路灯坏了。", "张三", "13812345678", false, List.of()), ComplaintIntake.Origin.web("10.3.3.3")).id();
            handling.accept(id, "", inspector);
            handling.assign(id, department, "", inspector);
        }

        signInAs("handler");
        navigate("complaints");
        _click(_get(Button.class, spec -> spec.withId("complaint-states-quick-all")));
        _setValue(_get(TextField.class, spec -> spec.withId("complaint-search")), "雁栖湖");

        Grid<ComplaintRow> grid = grid();
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_find(_getCellComponent(grid, 0, "subject"), Span.class, spec -> spec.withClasses("search-mark")))
                .extracting(Span::getText).as("in the subject and in the content under it").containsExactly("雁栖湖", "雁栖湖");
    }
}
