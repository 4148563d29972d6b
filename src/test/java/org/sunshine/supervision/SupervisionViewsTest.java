package org.sunshine.supervision;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.base.ui.NotFoundView;
import org.sunshine.complaint.ComplaintHandling;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.Receipt;
import org.sunshine.complaint.Submission;
import org.sunshine.directory.DepartmentFilter;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.finding.FindingService;
import org.sunshine.finding.IssueType;
import org.sunshine.finding.NewFinding;
import org.sunshine.finding.Severity;
import org.sunshine.finding.ui.FindingDetailView;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.testing.UiTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The supervision screens, browserless, with the real services, the demo roster and the database (rolled back). */
@MicronautTest(startApplication = false)
class SupervisionViewsTest extends UiTest {

    @Test
    void thePublicLandingPageListsTheSupervisorsInOfficeWithoutContacts() {
        navigate("");
        String roster = _get(Div.class, spec -> spec.withId("public-supervisors")).getElement().getTextRecursively();
        assertThat(roster).contains("陈静", "市民代表", "赵立新", "人大代表").doesNotContain("周文", "13800001234", "东城街道");
    }

    @Test
    void theAdministratorAppointsASupervisorWhoThenHasALogin() {
        signInAs("admin");
        navigate("supervisors");
        _click(_get(Button.class, spec -> spec.withId("supervisor-create")));
        _setValue(_get(TextField.class, spec -> spec.withId("supervisor-name")), "吴敏");
        _setValue(_get(TextField.class, spec -> spec.withId("supervisor-username")), "sup.wu");
        _setValue(_get(PasswordField.class, spec -> spec.withId("supervisor-password")), "Welcome2026");
        _setValue(_get(DatePicker.class, spec -> spec.withId("supervisor-term-start")), LocalDate.now().withDayOfYear(1));
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<DepartmentRow> departments = _get(MultiSelectComboBox.class, spec -> spec.withId("supervisor-departments"));
        assertThat(departments.isInvalid()).as("no scope yet: refused on the field").isTrue();
        assertThat(departments.getErrorMessage()).isEqualTo("请至少选择一个监督部门或重点领域。");
        assertThat(context.getBean(UserRepository.class).findByUsername("sup.wu")).isEmpty();

        _setValue(departments, Set.of(departments.getListDataView().getItems().filter(d -> d.code().equals("JTJ")).findFirst().orElseThrow()));
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        @SuppressWarnings("unchecked")
        Grid<SupervisorRow> grid = _get(Grid.class, spec -> spec.withId("supervisors"));
        assertThat(grid.getListDataView().getItems().map(SupervisorRow::name)).contains("吴敏");
        assertThat(context.getBean(UserRepository.class).findByUsername("sup.wu")).isPresent();
    }

    @Test
    void theRosterShowsEachSupervisorsHistoryFromTheWorkflow() {
        signInAs("inspector");
        navigate("supervisors");
        @SuppressWarnings("unchecked")
        Grid<SupervisorRow> grid = _get(Grid.class, spec -> spec.withId("supervisors"));
        List<SupervisorRow> rows = grid.getListDataView().getItems().toList();
        int zhou = rows.indexOf(rows.stream().filter(r -> r.name().equals("周文")).findFirst().orElseThrow());
        assertThat(rows.get(zhou).state()).as("the demo's term of 2023-2024").isEqualTo(SupervisorState.EXPIRED);
        _click(_get(_getCellComponent(grid, zhou, "actions"), Button.class, spec -> spec.withText("履职记录")));
        String history = _get(OrderedList.class, spec -> spec.withId("supervisor-events")).getElement().getTextRecursively();
        assertThat(history).contains("管理员：聘任（在聘）", "2023-01-01 ~ 2024-12-31", "系统：聘期届满（聘期届满）");
    }

    @Test
    void aLowScoreWithoutAReasonIsRefusedOnTheCommentAndWithOneOpensAFinding() {
        long task = repliedTaskForTheDemoSupervisor();
        signInAs("supervisor");
        navigate("reviews/" + task);
        score("timeliness", 4);
        score("quality", 2);
        score("attitude", 4);
        _click(_get(Button.class, spec -> spec.withId("review-submit")));
        TextArea comment = _get(TextArea.class, spec -> spec.withId("review-comment"));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("有评分在 2 分及以下时，请写明评议意见，说明问题所在。");

        _setValue(comment, "答复没有附公开网址，诉求人仍找不到名单。");
        _click(_get(Button.class, spec -> spec.withId("review-submit")));
        RouterLink finding = _get(RouterLink.class, spec -> spec.withId("review-finding-link"));
        assertThat(finding.getText()).as("the finding by its reference").matches("监督意见 JD-2026-\\d{4,}");
        assertThat(finding.getHref()).matches("findings/\\d+");
        assertThat(finding.getParent().orElseThrow().getElement().getTextRecursively()).startsWith("已据此生成监督意见 JD-");
        assertThat(_find(Button.class, spec -> spec.withId("review-submit"))).as("reviewed once").isEmpty();
        String history = _get(OrderedList.class, spec -> spec.withId("review-history")).getElement().getTextRecursively();
        assertThat(history).as("the task's own history beside the complaint's")
                .contains("系统：派发（待回访）", "派给社会监督员 陈静", "陈静：评议（已评议）", "答复没有附公开网址");
        assertThat(_find(OrderedList.class, spec -> spec.withId("review-complaint-history"))).hasSize(1);
    }

    @Test
    void theDepartmentSeesAFindingOnlyOnceItIsConfirmed() {
        SignedInUser inspector = signInAs("inspector");
        long mzj = department("MZJ");
        long id = context.getBean(FindingService.class).file(new NewFinding(mzj, IssueType.DEAD_LINK,
                context.getBean(KeyAreaService.class).list(false).get(0).id(), null,
                "链接失效。", "https://mzj.example.cn/", Severity.MINOR, List.of()), inspector);
        stopVaadin();
        startVaadin();
        signInAs("handler");
        navigate("findings/" + id);
        assertThat(_find(NotFoundView.class)).hasSize(1);

        context.getBean(org.sunshine.finding.FindingDecisions.class).confirm(id, "", inspector);
        navigate("findings/" + id);
        assertThat(_find(FindingDetailView.class)).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("finding-action-report"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("finding-action-accept"))).isEmpty();
    }

    @Test
    void theFindingListExportsWhatItShows() throws Exception {
        SignedInUser inspector = signInAs("inspector");
        context.getBean(FindingService.class).file(new NewFinding(department("JTJ"), IssueType.NON_STANDARD,
                context.getBean(KeyAreaService.class).list(false).get(0).id(), null,
                "公交线路调整公告没有标注发布日期。", "https://jtj.example.cn/gg", Severity.MINOR, List.of()), inspector);
        navigate("findings");
        String csv = new String(_download(_get(Anchor.class, spec -> spec.withId("finding-csv"))), StandardCharsets.UTF_8);
        assertThat(csv).contains("被监督部门", "问题类型", "市交通局", "公开不规范", "公交线路调整公告没有标注发布日期。");
        byte[] xlsx = _download(_get(Anchor.class, spec -> spec.withId("finding-xlsx")));
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    private void score(String dimension, int score) {
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> group = _get(RadioButtonGroup.class, spec -> spec.withId("review-" + dimension));
        _setValue(group, score);
    }

    /** A complaint about 市民政局 on social assistance, replied today: the demo supervisor 陈静 covers both. */
    private long repliedTaskForTheDemoSupervisor() {
        UserRepository users = context.getBean(UserRepository.class);
        var i = users.findByUsername("inspector").orElseThrow();
        var h = users.findByUsername("handler").orElseThrow();
        SignedInUser inspector = new SignedInUser(i.getId(), i.getUsername(), i.getDisplayName(), i.getRole(), i.getDepartmentId());
        SignedInUser handler = new SignedInUser(h.getId(), h.getUsername(), h.getDisplayName(), h.getRole(), h.getDepartmentId());
        long mzj = department("MZJ");
        Receipt receipt = context.getBean(ComplaintIntake.class).submit(new Submission(ComplaintType.COMPLAINT, null, mzj,
                "低保名单没有公示", "本社区低保名单没有公示。", "张三丰", "13812345678", false, List.of()),
                ComplaintIntake.Origin.web("10.2.2.2"));
        ComplaintHandling handling = context.getBean(ComplaintHandling.class);
        handling.accept(receipt.id(), "", inspector);
        handling.assign(receipt.id(), mzj, "", inspector);
        handling.receive(receipt.id(), handler);
        handling.reply(receipt.id(), "已公示。", List.of(), handler);
        ReviewTask task = context.getBean(ReviewTaskRepository.class).findByComplaintIdOrderById(receipt.id()).get(0);
        assertThat(context.getBean(SupervisorRepository.class).findById(task.getSupervisorId()).orElseThrow().getName())
                .isEqualTo("陈静");
        return task.getId();
    }

    private long department(String code) {
        return context.getBean(DepartmentService.class).search(new DepartmentFilter(code, null, true)).stream()
                .filter(d -> d.code().equals(code)).mapToLong(DepartmentRow::id).findFirst().orElseThrow();
    }
}
