package org.sunshine.finding;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.directory.DepartmentFilter;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.security.SignedInUser;
import org.sunshine.testing.UiTest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Findings are cited by their readable references, linked to their pages: the list's number column, the repeat and
 * duplicate marks, the export, the finding's page and its rectification's repeat mark. Browserless; rolled back.
 */
@MicronautTest(startApplication = false)
class FindingReferencesViewTest extends UiTest {

    @Test
    void theListThePageAndTheMarksCiteFindingsByReferenceWithALink() throws Exception {
        SignedInUser inspector = signInAs("inspector");
        FindingService findings = context.getBean(FindingService.class);
        FindingDecisions decisions = context.getBean(FindingDecisions.class);
        FindingQueries queries = context.getBean(FindingQueries.class);
        long department = department("SJJ");
        long item = context.getBean(ResponsibilityService.class).list(false).get(0).id();
        long first = findings.file(finding(department, item), inspector);
        long second = findings.file(finding(department, item), inspector);
        decisions.confirm(first, "", inspector);
        decisions.confirm(second, "", inspector);
        String firstRef = queries.reference(first).orElseThrow();
        String secondRef = queries.reference(second).orElseThrow();

        navigate("findings");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<FindingStage> states = _get(MultiSelectComboBox.class, spec -> spec.withId("finding-states"));
        _setValue(states, Set.of());
        _setValue(_get(TextField.class, spec -> spec.withId("finding-search")), secondRef);
        @SuppressWarnings("unchecked")
        Grid<FindingRow> grid = _get(Grid.class, spec -> spec.withId("findings"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        RouterLink number = (RouterLink) GridKt._getCellComponent(grid, 0, "reference");
        assertThat(number.getText()).isEqualTo(secondRef);
        assertThat(number.getHref()).isEqualTo("findings/" + second);
        Component marks = GridKt._getCellComponent(grid, 0, "marks");
        assertThat(marks.getElement().getTextRecursively()).contains("屡犯", "疑似重复", firstRef);
        assertThat(marks.getChildren().filter(RouterLink.class::isInstance).map(c -> ((RouterLink) c).getHref()))
                .as("both marks link to the finding they cite").containsExactly("findings/" + first, "findings/" + first);

        String csv = new String(_download(_get(Anchor.class, spec -> spec.withId("finding-csv"))), StandardCharsets.UTF_8);
        assertThat(csv).contains(secondRef + ",").contains("," + firstRef);

        navigate("findings/" + second);
        assertThat(_get(Span.class, spec -> spec.withId("finding-reference")).getText()).isEqualTo(secondRef);
        Anchor repeat = _get(Anchor.class, spec -> spec.withId("finding-repeat-link"));
        assertThat(repeat.getText()).isEqualTo("监督意见 " + firstRef);
        assertThat(repeat.getHref()).isEqualTo("/findings/" + first);
        assertThat(_get(Paragraph.class, spec -> spec.withId("finding-repeat")).getElement().getTextRecursively())
                .isEqualTo("重复发生：该部门同一事项在规定期限内已整改过（监督意见 " + firstRef + "）。");
        Paragraph duplicate = _get(Paragraph.class, spec -> spec.withId("finding-duplicate-note"));
        assertThat(duplicate.getElement().getTextRecursively()).startsWith("疑似重复：与未办结的监督意见 " + firstRef + "针对");
        assertThat(_get(duplicate, RouterLink.class).getHref()).isEqualTo("findings/" + first);
    }

    private static NewFinding finding(long department, long item) {
        return new NewFinding(department, IssueType.NOT_DISCLOSED, null, item, "审计结果公告栏目自去年以来没有更新。",
                "https://sjj.example.cn/1", Severity.MINOR, List.of());
    }

    private long department(String code) {
        return context.getBean(DepartmentService.class).search(new DepartmentFilter(code, null, true)).stream()
                .filter(d -> d.code().equals(code)).mapToLong(DepartmentRow::id).findFirst().orElseThrow();
    }
}
