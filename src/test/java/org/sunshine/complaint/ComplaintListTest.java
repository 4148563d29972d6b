package org.sunshine.complaint;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.base.ui.Badge;
import org.sunshine.directory.DepartmentFilter;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.testing.UiTest;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaints list as staff read it (issue 17): the whole subject, the deadline chip naming the deadline that runs
 * in the item's state, and the quick filters with their counts and the one on screen marked.
 */
@MicronautTest(startApplication = false)
class ComplaintListTest extends UiTest {

    private static final String LONG_SUBJECT = "关于2026年度城乡最低生活保障资金发放明细、保障对象名单及其动态调整情况"
            + "一直没有在区政府门户网站和社区公示栏公开，群众无从监督，请求督促民政部门依法及时公开并说明原因";

    private Receipt file(String subject) {
        long mzj = context.getBean(DepartmentService.class).search(new DepartmentFilter("MZJ", null, true)).stream()
                .filter(d -> d.code().equals("MZJ")).mapToLong(DepartmentRow::id).findFirst().orElseThrow();
        return context.getBean(ComplaintIntake.class).submit(new Submission(ComplaintType.COMPLAINT, null, mzj, subject,
                "本社区今年的低保名单没有公示。", "张三丰", "13812345678", false, List.of()),
                ComplaintIntake.Origin.web("10.3.3.3"));
    }

    @SuppressWarnings("unchecked")
    private Grid<ComplaintRow> grid() {
        return _get(Grid.class, spec -> spec.withId("complaints"));
    }

    /** The list as the inspector sees it, searched for one item, every state shown. */
    private Grid<ComplaintRow> listed(String code) {
        navigate("complaints");
        _click(_get(Button.class, spec -> spec.withId("complaint-states-quick-all")));
        _setValue(_get(TextField.class, spec -> spec.withId("complaint-search")), code);
        Grid<ComplaintRow> grid = grid();
        assertThat(_size(grid)).isEqualTo(1);
        return grid;
    }

    @Test
    void aLongSubjectIsShownWholeWithItsFactsBelowAndOnHover() {
        String code = file(LONG_SUBJECT).trackingCode();
        signInAs("inspector");
        Component cell = _getCellComponent(listed(code), 0, "subject");

        assertThat(LONG_SUBJECT).hasSizeGreaterThan(80);
        assertThat(_get(cell, Span.class, spec -> spec.withClasses("list-cell-main")).getText()).isEqualTo(LONG_SUBJECT);
        assertThat(_get(cell, Span.class, spec -> spec.withClasses("list-cell-sub")).getText())
                .as("the type and when it came, under the subject").startsWith("投诉 · ");
        assertThat(cell.getElement().getAttribute("title")).as("the whole text on hover").startsWith(LONG_SUBJECT);
    }

    @Test
    void theDeadlineChipSaysWhichDeadlineRunsInEachState() {
        Receipt receipt = file("低保名单没有公示");
        long id = receipt.id();
        String code = receipt.trackingCode();
        var h = context.getBean(UserRepository.class).findByUsername("handler").orElseThrow();
        SignedInUser handler = new SignedInUser(h.getId(), h.getUsername(), h.getDisplayName(), h.getRole(), h.getDepartmentId());
        SignedInUser inspector = signInAs("inspector");
        ComplaintHandling handling = context.getBean(ComplaintHandling.class);
        Complaint complaint = context.getBean(ComplaintQueries.class).find(id).orElseThrow();

        // state, what the chip says, how it is coloured (far deadlines are grey; red and yellow only when near or past)
        Object[][] table = {
                {ComplaintState.SUBMITTED, "受理期限 " + complaint.getAcceptDue()},
                {ComplaintState.IN_PROGRESS, "办理期限 "},
                {ComplaintState.REPLIED, "评价期限 "},
                {ComplaintState.CLOSED, ""},
        };
        for (Object[] line : table) {
            ComplaintState state = (ComplaintState) line[0];
            switch (state) {
                case IN_PROGRESS -> {
                    handling.accept(id, "", inspector);
                    handling.assign(id, complaint.getRequestedDepartmentId(), "", inspector);
                    handling.receive(id, handler);
                }
                case REPLIED -> handling.reply(id, "已公示。", List.of(), handler);
                case CLOSED -> context.getBean(ComplaintTracking.class).rate(code, receipt.queryCode(), "10.3.3.3",
                        Rating.SATISFIED, "");
                default -> {
                }
            }
            Grid<ComplaintRow> grid = listed(code);
            assertThat(_fetch(grid, 0, 1).get(0).state()).isEqualTo(state);
            Span chip = (Span) _getCellComponent(grid, 0, "due");
            assertThat(chip.getText()).as(state.name()).startsWith((String) line[1]);
            if (!((String) line[1]).isEmpty()) {
                assertThat(chip.getText()).as(state.name()).matches(".+期限 \\d{4}-\\d{2}-\\d{2}( 临期| 已逾期)?");
                assertThat(chip.getElement().getAttribute("title")).as("the full date on hover")
                        .startsWith(((String) line[1]).substring(0, 4) + "：");
            }
            assertThat(Badge.toneOf(_getCellComponent(grid, 0, "state"))).as(state.name() + "'s colour")
                    .isEqualTo(state == ComplaintState.CLOSED ? Badge.Tone.SUCCESS : Badge.Tone.INFO);
        }
    }

    @Test
    void theQuickFiltersShowTheirWholeLabelsTheirCountsAndWhichIsOn() {
        file("低保名单没有公示");
        SignedInUser inspector = signInAs("inspector");
        navigate("complaints");
        Button todo = _get(Button.class, spec -> spec.withId("complaint-states-quick-todo"));
        Button toAccept = _get(Button.class, spec -> spec.withId("complaint-states-quick-toAccept"));
        long waiting = context.getBean(ComplaintQueries.class)
                .count(new ComplaintFilter(Set.of(ComplaintState.SUBMITTED), null, null, null, null), inspector);
        assertThat(waiting).isPositive();

        assertThat(toAccept.getText()).isEqualTo("待受理");
        assertThat(_get(toAccept, Span.class, spec -> spec.withClasses("quick-count")).getText()).isEqualTo(String.valueOf(waiting));
        assertThat(todo.getElement().getAttribute("aria-pressed")).as("the list opens on what waits for the inspector").isEqualTo("true");
        assertThat(toAccept.getElement().getAttribute("aria-pressed")).isEqualTo("false");

        _click(toAccept);
        assertThat(toAccept.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(toAccept.getClassNames()).contains("quick-filter-active");
        assertThat(todo.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ComplaintState> states = _get(MultiSelectComboBox.class, spec -> spec.withId("complaint-states"));
        assertThat(states.getValue()).containsExactly(ComplaintState.SUBMITTED);
        Grid<ComplaintRow> grid = grid();
        assertThat(_size(grid)).isEqualTo((int) waiting);

        _setValue(states, Set.of(ComplaintState.SUBMITTED, ComplaintState.ACCEPTED));
        assertThat(toAccept.getElement().getAttribute("aria-pressed")).as("another selection: no chip is on").isEqualTo("false");
    }
}
