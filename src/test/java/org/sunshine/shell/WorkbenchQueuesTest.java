package org.sunshine.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.base.ui.DueItem;
import org.sunshine.complaint.ComplaintHandling;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.Receipt;
import org.sunshine.complaint.Submission;
import org.sunshine.finding.FindingDecisions;
import org.sunshine.finding.FindingQueries;
import org.sunshine.finding.FindingService;
import org.sunshine.finding.IssueType;
import org.sunshine.finding.NewFinding;
import org.sunshine.finding.Severity;
import org.sunshine.inforequest.ApplicantKind;
import org.sunshine.inforequest.Delivery;
import org.sunshine.inforequest.FormWanted;
import org.sunshine.inforequest.IdType;
import org.sunshine.inforequest.RequestForm;
import org.sunshine.inforequest.RequestIntake;
import org.sunshine.inforequest.RequestOrigin;
import org.sunshine.rectification.Rectifications;
import org.sunshine.security.SignedInUser;
import org.sunshine.testing.AssessmentFixture;
import org.sunshine.testing.MutableClock;
import org.sunshine.testing.UiTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role's workbench on fixture data (rolled back): each queue's tile opens a list that shows exactly as many
 * rows as the tile counts, and the queues the fixture fills are not empty; a department's list by deadline has its
 * complaints, rectifications and applications, the nearest deadline first.
 */
@MicronautTest(startApplication = false)
@Property(name = "sunshine.complaints.submissions-per-hour", value = "100")
class WorkbenchQueuesTest extends UiTest {

    /** Monday 5 January 2026, 10:00 in Beijing: the old items are filed now, the rest four weeks later. */
    private final MutableClock clock = MutableClock.shanghai("2026-01-05T02:00:00Z");

    private static final String EVIDENCE = "https://www.pj.gov.cn/mzj/";

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    /** A queue's tile as the workbench shows it. */
    record Tile(String section, String label, long count, String href, String list) {
    }

    @Test
    void everyQueuesCountIsTheRowsOfTheListItOpens() {
        fixture();
        Map<String, List<Tile>> byLogin = new java.util.LinkedHashMap<>();
        for (String login : List.of("inspector", "handler", "leader", "supervisor", "admin")) {
            List<Tile> tiles = tilesOf(login);
            assertThat(tiles).as(login + " has queues").isNotEmpty();
            for (Tile tile : tiles) {
                nextRequest();
                navigate(tile.href());
                Grid<?> grid = _get(Grid.class, spec -> spec.withId(tile.list()));
                assertThat(grid.getGenericDataView().getItems().count())
                        .as("%s: %s (%s) opens %s", login, tile.label(), tile.section(), tile.href())
                        .isEqualTo(tile.count());
            }
            byLogin.put(login, tiles);
        }
        // what the fixture put in the queues is counted (and so, above, listed)
        assertThat(count(byLogin, "inspector", "待受理")).isGreaterThanOrEqualTo(1);
        assertThat(count(byLogin, "inspector", "待分派")).isGreaterThanOrEqualTo(1);
        assertThat(count(byLogin, "inspector", "待审批的退回和延期申请")).isGreaterThanOrEqualTo(1);
        assertThat(count(byLogin, "inspector", "待确认的监督意见")).isGreaterThanOrEqualTo(1);
        assertThat(count(byLogin, "inspector", "待核验的整改报告")).as("待核验 opens the reported ones").isGreaterThanOrEqualTo(1);
        assertThat(count(byLogin, "inspector", "待登记")).isGreaterThanOrEqualTo(1);
        assertThat(count(byLogin, "inspector", "逾期未公开的机关")).as("the 2025 reports were due on 31 January")
                .isGreaterThanOrEqualTo(1);
        assertThat(count(byLogin, "handler", "待签收")).isGreaterThanOrEqualTo(1);
        assertThat(count(byLogin, "handler", "待报送")).isEqualTo(1);
        assertThat(byLogin.get("handler").stream().filter(t -> t.section().equals("workbench-complaints")
                && t.label().equals("已逾期")).findFirst().orElseThrow().count()).isGreaterThanOrEqualTo(1);
        assertThat(count(byLogin, "handler", "待整改的问题")).isGreaterThanOrEqualTo(1);
        assertThat(count(byLogin, "supervisor", "我提出的未办结意见")).isGreaterThanOrEqualTo(1);
        // reference counts are on the directory's screens, not on anyone's workbench
        assertThat(byLogin.values().stream().flatMap(List::stream).map(Tile::section)).doesNotContain("workbench-directory");
    }

    @Test
    void aDepartmentSeesItsItemsByDeadlineNearestFirst() {
        fixture();
        nextRequest();
        signInAs("handler");
        navigate("workbench");
        @SuppressWarnings("unchecked")
        Grid<DueItem> list = _get(Grid.class, spec -> spec.withId("workbench-deadline-list"));
        List<DueItem> items = list.getGenericDataView().getItems().toList();
        assertThat(items).extracting(DueItem::kind).contains("诉求", "监督意见整改", "依申请公开", "年度报告");
        assertThat(items).extracting(DueItem::due).isSorted();
        assertThat(items.get(0).due()).as("the overdue first").isBefore(LocalDate.of(2026, 2, 2));
        assertThat(items).extracting(DueItem::title).contains("低保名单没有公开");
        // the section comes before the features' queues
        List<String> ids = _get(WorkbenchView.class).getChildren().filter(c -> c.hasClassName("workbench-section"))
                .map(c -> c.getId().orElse("")).toList();
        assertThat(ids.indexOf("workbench-deadlines")).isLessThan(ids.indexOf("workbench-complaints"));
    }

    // --- the fixture ----------------------------------------------------------------------------------------------

    private void fixture() {
        AssessmentFixture fixture = new AssessmentFixture(context);
        SignedInUser inspector = fixture.user("inspector");
        SignedInUser handler = fixture.user("handler");
        SignedInUser supervisor = fixture.user("supervisor");
        long mzj = fixture.department("MZJ");
        ComplaintHandling handling = context.getBean(ComplaintHandling.class);
        FindingService findings = context.getBean(FindingService.class);
        FindingDecisions decisions = context.getBean(FindingDecisions.class);
        Long area = context.getBean(org.sunshine.directory.KeyAreaService.class).list(false).stream()
                .filter(a -> a.code().equals("SHJZ")).findFirst().orElseThrow().id(); // led by 市民政局

        // four weeks ago: a complaint in hand and a finding being rectified, both overdue by now
        long old = file("低保名单没有公开");
        handling.accept(old, "", inspector);
        handling.assign(old, mzj, "", inspector);
        handling.receive(old, handler);
        long late = findings.file(new NewFinding(mzj, IssueType.INCOMPLETE, area, null, "救助标准没有更新", EVIDENCE, Severity.MINOR,
                List.of()), inspector);
        decisions.confirm(late, "", inspector);

        clock.set(java.time.Instant.parse("2026-02-02T02:00:00Z")); // Monday 2 February 2026
        file("临时救助政策没有公开"); // 待受理
        handling.accept(file("养老服务补贴标准没有公开"), "", inspector); // 待分派
        long assigned = file("殡葬收费标准没有公开");
        handling.accept(assigned, "", inspector);
        handling.assign(assigned, mzj, "", inspector); // 待签收
        long extension = file("婚姻登记办理时间没有公开");
        handling.accept(extension, "", inspector);
        handling.assign(extension, mzj, "", inspector);
        handling.receive(extension, handler);
        handling.requestExtension(extension, 5, "需要会同区县核实", handler); // to decide

        findings.file(new NewFinding(mzj, IssueType.INCOMPLETE, area, null, "社会组织年检结果没有公开", EVIDENCE, Severity.MINOR,
                List.of()), supervisor); // 待确认
        long reported = findings.file(new NewFinding(mzj, IssueType.INCOMPLETE, area, null, "慈善组织名录没有更新", EVIDENCE, Severity.MINOR,
                List.of()), inspector);
        decisions.confirm(reported, "", inspector);
        long rectification = context.getBean(FindingQueries.class).detail(reported, inspector).rectification().view().id();
        context.getBean(Rectifications.class).report(rectification, "已更新名录", List.of(), handler); // 待核验

        context.getBean(RequestIntake.class).file(new RequestForm(String.valueOf(mzj), ApplicantKind.PERSON, "张三丰",
                IdType.RESIDENT_ID, "11010519491231002X", null, null, null, "13812345678", "zsf@example.com",
                "盘锦市兴隆台区惠宾街 1 号", "124010", "2025 年度城乡低保资金发放明细", null, FormWanted.EMAIL,
                Delivery.EMAIL, List.of()), RequestOrigin.online("10.1.1.9")); // 待登记
    }

    private long file(String subject) {
        Receipt receipt = context.getBean(ComplaintIntake.class).submit(new Submission(ComplaintType.COMPLAINT, null,
                null, subject, "请按规定公开。", null, null, false, List.of()), ComplaintIntake.Origin.web("10.7.7.7"));
        return receipt.id();
    }

    // --- reading the workbench ------------------------------------------------------------------------------------

    private List<Tile> tilesOf(String login) {
        nextRequest();
        signInAs(login);
        navigate("workbench");
        List<Tile> tiles = new ArrayList<>();
        for (Component section : _get(WorkbenchView.class).getChildren().toList()) {
            for (Anchor tile : _find(section, Anchor.class)) {
                if (tile.getElement().hasAttribute("data-list")) {
                    String label = tile.getElement().getTextRecursively().replaceFirst("^\\d+", "");
                    tiles.add(new Tile(section.getId().orElse(""), label,
                            Long.parseLong(tile.getElement().getAttribute("data-count")), tile.getHref(),
                            tile.getElement().getAttribute("data-list")));
                }
            }
        }
        return tiles;
    }

    private static long count(Map<String, List<Tile>> byLogin, String login, String label) {
        List<Tile> found = byLogin.get(login).stream().filter(t -> t.label().equals(label)).toList();
        assertThat(found).as("%s has one queue %s among %s", login, label,
                byLogin.get(login).stream().map(Tile::label).collect(Collectors.joining(", "))).hasSize(1);
        return found.get(0).count();
    }
}
