package org.sunshine.finding;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.base.ui.Badge;
import org.sunshine.directory.DepartmentFilter;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.security.SignedInUser;
import org.sunshine.testing.UiTest;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The findings list (issue 17): the whole description, the named rectification deadline, the counted quick filters. */
@MicronautTest(startApplication = false)
class FindingListTest extends UiTest {

    private static final String LONG_DESCRIPTION = "列表测试：区民政局门户网站“政府信息公开”栏目中，2026年第三季度城乡最低生活保障"
            + "资金发放情况至今没有公开，已公开的保障对象名单缺少发放金额和所在社区，与责任清单第七项的要求不符。";

    private long fileAndConfirm(SignedInUser inspector) {
        long mzj = context.getBean(DepartmentService.class).search(new DepartmentFilter("MZJ", null, true)).stream()
                .filter(d -> d.code().equals("MZJ")).mapToLong(DepartmentRow::id).findFirst().orElseThrow();
        Long area = context.getBean(KeyAreaService.class).list(false).stream()
                .filter(a -> a.code().equals("SHJZ")).findFirst().orElseThrow().id();
        long id = context.getBean(FindingService.class).file(new NewFinding(mzj, IssueType.INCOMPLETE, area, null,
                LONG_DESCRIPTION, "https://www.example.gov.cn/zwgk/dibao", Severity.MINOR, List.of()), inspector);
        context.getBean(FindingDecisions.class).confirm(id, null, inspector);
        return id;
    }

    @Test
    void aLongDescriptionIsShownWholeWithItsNamedDeadline() {
        SignedInUser inspector = signInAs("inspector");
        fileAndConfirm(inspector);
        navigate("findings");
        _click(_get(Button.class, spec -> spec.withId("finding-states-quick-all")));
        _setValue(_get(TextField.class, spec -> spec.withId("finding-search")), "列表测试");
        @SuppressWarnings("unchecked")
        Grid<FindingRow> grid = _get(Grid.class, spec -> spec.withId("findings"));
        assertThat(_size(grid)).isEqualTo(1);

        Component cell = _getCellComponent(grid, 0, "description");
        assertThat(LONG_DESCRIPTION).hasSizeGreaterThan(60);
        Span main = _get(cell, Span.class, spec -> spec.withClasses("list-cell-main"));
        assertThat(main.getElement().getTextRecursively()).isEqualTo(LONG_DESCRIPTION);
        assertThat(_find(main, Span.class, spec -> spec.withClasses("search-mark"))).as("the word searched, marked")
                .extracting(Span::getText).containsExactly("列表测试");
        assertThat(_get(cell, Span.class, spec -> spec.withClasses("list-cell-sub")).getText()).startsWith("公开不完整 · 一般 · ");
        assertThat(cell.getElement().getAttribute("title")).startsWith(LONG_DESCRIPTION);

        Span due = (Span) _getCellComponent(grid, 0, "due");
        assertThat(due.getText()).as("a rectification's deadline, named").matches("整改期限 \\d{4}-\\d{2}-\\d{2}");
        assertThat(Badge.toneOf(due)).as("far off: grey, not red").isEqualTo(Badge.Tone.NEUTRAL);
        assertThat(Badge.toneOf(_getCellComponent(grid, 0, "state"))).as("整改中 is blue").isEqualTo(Badge.Tone.INFO);
    }

    @Test
    void theQuickFiltersCountTheInspectorsQueues() {
        SignedInUser inspector = signInAs("inspector");
        navigate("findings");
        Button toVerify = _get(Button.class, spec -> spec.withId("finding-states-quick-toVerify"));
        long reported = context.getBean(FindingQueries.class).count(new FindingFilter(Set.of(FindingStage.REPORTED),
                null, null, null, null, null, false, null), inspector);
        assertThat(toVerify.getText()).isEqualTo("待核验");
        assertThat(_get(toVerify, Span.class, spec -> spec.withClasses("quick-count")).getText()).isEqualTo(String.valueOf(reported));
        assertThat(_get(Button.class, spec -> spec.withId("finding-states-quick-todo")).getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        _click(toVerify);
        assertThat(toVerify.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        @SuppressWarnings("unchecked")
        Grid<FindingRow> grid = _get(Grid.class, spec -> spec.withId("findings"));
        assertThat(_size(grid)).isEqualTo((int) reported);
    }
}
