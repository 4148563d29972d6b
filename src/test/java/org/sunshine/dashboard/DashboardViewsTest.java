package org.sunshine.dashboard;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.base.ui.Chart;
import org.sunshine.complaint.ComplaintHandling;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintTracking;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.Rating;
import org.sunshine.complaint.Receipt;
import org.sunshine.complaint.Submission;
import org.sunshine.security.SignedInUser;
import org.sunshine.statistics.StatisticsQueries;
import org.sunshine.statistics.StatisticsRefresh;
import org.sunshine.testing.AssessmentFixture;
import org.sunshine.testing.MutableClock;
import org.sunshine.testing.UiTest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.GridKt;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leader's dashboard on real data, browserless (rolled back): a quarter of complaints handled through the
 * services, one still unanswered past its deadline, locked; every chart has the data, its table shows it and the
 * exports are exactly the table; the department-kind filter narrows the charts by department.
 */
@MicronautTest(startApplication = false)
@Property(name = "sunshine.complaints.submissions-per-hour", value = "100")
class DashboardViewsTest extends UiTest {

    /** Monday 13 April 2026, 10:00 in Beijing. */
    private final MutableClock clock = MutableClock.shanghai("2026-04-13T02:00:00Z");

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    void everyChartShowsTheDataItsTableHolds() {
        AssessmentFixture fixture = new AssessmentFixture(context);
        SignedInUser inspector = fixture.user("inspector");
        List<Receipt> jyj = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            jyj.add(file(fixture, "JYJ", "招生政策没有公开 " + i, inspector));
        }
        Receipt late = file(fixture, "CZJ", "部门预算没有公开", inspector);
        long area = context.getBean(org.sunshine.directory.KeyAreaService.class).list(false).get(0).id();
        Receipt lateInArea = file(fixture, "CZJ", area, "重点领域信息没有公开", inspector);
        clock.advance(Duration.ofDays(2));
        ComplaintTracking tracking = context.getBean(ComplaintTracking.class);
        for (Receipt r : jyj) {
            reply(fixture, r, "h.jyj");
            tracking.rate(r.trackingCode(), r.queryCode(), "10.7.7.7", Rating.SATISFIED, "");
        }
        clock.advance(Duration.ofDays(80)); // early July: the quarter is over, 市财政局's complaint never answered
        Map<String, Double> totals = new LinkedHashMap<>();
        totals.put("JYJ", 93.0);
        totals.put("CZJ", 71.0);
        totals.put("QXJ", 88.0);
        long period = fixture.lockedQuarter("看板测试体系", 2026, 2, totals);
        context.getBean(StatisticsRefresh.class).rebuild();

        signInAs("leader");
        navigate("dashboard");
        @SuppressWarnings("unchecked")
        Select<Long> periods = _get(Select.class, spec -> spec.withId("dashboard-period"));
        _setValue(periods, period);

        assertThat(_find(Grid.class, spec -> spec.withId("chart-rates-table"))).as("the table is built when 数据表 is opened")
                .isEmpty();
        assertThat(table("chart-ranking")).extracting(row -> row.toString()).hasSize(3);
        assertThat(chartOf("chart-ranking")).contains("市教育局", "市气象局", "市财政局", "93");
        assertThat(chartOf("chart-rates")).contains("市教育局");
        assertThat(text("chart-rates")).contains("100%", "样本不足");
        assertThat(chartOf("chart-complaints")).contains("2026年4月");
        assertThat(text("chart-overdue")).contains("市财政局");
        assertThat(chartOf("chart-trend")).contains("2026年第二季度");

        // the CSV is the table on screen, headers included
        openTable("chart-rates");
        String csv = new String(_download(_get(Anchor.class, spec -> spec.withId("chart-rates-csv"))), StandardCharsets.UTF_8);
        assertThat(csv).contains("部门,收到诉求（件）,到期件数,按期答复,按期办理率", "市教育局,6,6,6,100%,6,6,0,0,100%,0");

        // a key area narrows what is overdue now to the complaints about it
        int overdueAll = complaintsRed("市财政局");
        @SuppressWarnings("unchecked")
        Select<Long> areas = _get(Select.class, spec -> spec.withId("dashboard-area"));
        _setValue(areas, area);
        assertThat(complaintsRed("市财政局")).as("only the complaint about the key area").isBetween(1, overdueAll - 1);
        assertThat(lateInArea.id()).isNotEqualTo(late.id());
        // the bulletins card lists the chosen period's bulletins: none were issued for this one
        assertThat(table("chart-bulletins")).isEmpty();
        _setValue(areas, null);

        // only 气象局 is a vertically managed department
        @SuppressWarnings("unchecked")
        Select<org.sunshine.directory.DepartmentType> type = _get(Select.class, spec -> spec.withId("dashboard-type"));
        _setValue(type, org.sunshine.directory.DepartmentType.VERTICAL);
        assertThat(chartOf("chart-ranking")).contains("市气象局").doesNotContain("市教育局");
    }

    /** Opens the card's 数据表 (its grid and downloads are built then). */
    private static void openTable(String card) {
        _get(Details.class, spec -> spec.withId(card + "-details")).setOpened(true);
    }

    private List<?> table(String card) {
        openTable(card);
        return _get(Grid.class, spec -> spec.withId(card + "-table")).getListDataView().getItems().toList();
    }

    private String chartOf(String card) {
        Div box = _get(Div.class, spec -> spec.withId(card));
        return _find(box, Chart.class).stream().map(c -> c.getElement().getProperty("option", "")).findFirst().orElse("");
    }

    /** The card's text and every cell of its table as shown. */
    private String text(String card) {
        openTable(card);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId(card + "-table"));
        StringBuilder cells = new StringBuilder(_get(Div.class, spec -> spec.withId(card)).getElement().getTextRecursively());
        for (int i = 0; i < grid.getListDataView().getItemCount(); i++) {
            cells.append('\n').append(String.join(" | ", GridKt._getFormattedRow(grid, i)));
        }
        return cells.toString();
    }

    private int complaintsRed(String department) {
        return table("chart-overdue").stream().map(StatisticsQueries.Overdue.class::cast)
                .filter(o -> o.departmentName().equals(department)).mapToInt(StatisticsQueries.Overdue::complaintsRed)
                .sum();
    }

    private Receipt file(AssessmentFixture fixture, String code, String subject, SignedInUser inspector) {
        return file(fixture, code, null, subject, inspector);
    }

    private Receipt file(AssessmentFixture fixture, String code, Long area, String subject, SignedInUser inspector) {
        Receipt receipt = context.getBean(ComplaintIntake.class).submit(new Submission(ComplaintType.COMPLAINT, area,
                fixture.department(code), subject, "请按规定公开。", null, null, false, List.of()),
                ComplaintIntake.Origin.web("10.7.7.7"));
        ComplaintHandling handling = context.getBean(ComplaintHandling.class);
        handling.accept(receipt.id(), "", inspector);
        handling.assign(receipt.id(), fixture.department(code), "", inspector);
        return receipt;
    }

    private void reply(AssessmentFixture fixture, Receipt receipt, String handler) {
        ComplaintHandling handling = context.getBean(ComplaintHandling.class);
        handling.receive(receipt.id(), fixture.user(handler));
        handling.reply(receipt.id(), "已在门户网站公开。", List.of(), fixture.user(handler));
    }
}
