package org.sunshine.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.annualreport.AnnualReports;
import org.sunshine.base.ui.Chart;
import org.sunshine.complaint.ComplaintHandling;
import org.sunshine.dashboard.ui.DashboardView;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintTracking;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.Rating;
import org.sunshine.complaint.Receipt;
import org.sunshine.complaint.Submission;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.finding.FindingService;
import org.sunshine.finding.IssueType;
import org.sunshine.finding.NewFinding;
import org.sunshine.finding.Severity;
import org.sunshine.inforequest.ApplicantKind;
import org.sunshine.inforequest.Delivery;
import org.sunshine.inforequest.FormWanted;
import org.sunshine.inforequest.IdType;
import org.sunshine.inforequest.Organs;
import org.sunshine.inforequest.RequestForm;
import org.sunshine.inforequest.RequestIntake;
import org.sunshine.inforequest.RequestOrigin;
import org.sunshine.inforequest.RequestQueries;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.statistics.FindingFigures;
import org.sunshine.statistics.StatisticsQueries;
import org.sunshine.statistics.StatisticsRefresh;
import org.sunshine.testing.AssessmentFixture;
import org.sunshine.testing.MutableClock;
import org.sunshine.testing.UiTest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's headline figures and its readable charts on fixture data (rolled back), in a quarter of 2030 no
 * other test writes in: seven complaints, six answered on time and rated (five 满意, one 基本满意), one never
 * answered; a finding filed, an application never registered. What stands "now" is compared with the same figure
 * just before the fixture, at the same moment, so that other tests' data cannot change the answer. A ranking of many
 * departments shows its first and its last five; the trend its best and worst three, or one department chosen.
 */
@MicronautTest(startApplication = false)
@Property(name = "sunshine.complaints.submissions-per-hour", value = "100")
class DashboardHeadlineTest extends UiTest {

    /** Early July 2030, 10:00 in Beijing: the second quarter is over. */
    private static final Instant NOW = Instant.parse("2030-07-08T02:00:00Z");
    private final MutableClock clock = MutableClock.shanghai("2030-07-08T02:00:00Z");

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    void theHeadlineFiguresComeFirstAndCountTheFixture() {
        AssessmentFixture fixture = new AssessmentFixture(context);
        StatisticsQueries statistics = context.getBean(StatisticsQueries.class);
        int overdueBefore = statistics.overdueNow(null, null).stream().mapToInt(StatisticsQueries.Overdue::red).sum();
        long findingsBefore = context.getBean(FindingFigures.class).openFindings(null, null);
        long requestsBefore = context.getBean(RequestQueries.class).overdueNow();

        clock.set(Instant.parse("2030-04-08T02:00:00Z")); // a Monday in April
        SignedInUser inspector = fixture.user("inspector");
        List<Receipt> jyj = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            jyj.add(file(fixture, "JYJ", "招生政策没有公开 " + i, inspector));
        }
        file(fixture, "CZJ", "部门预算没有公开", inspector); // never answered
        Long area = context.getBean(org.sunshine.directory.KeyAreaService.class).list(false).stream()
                .filter(a -> a.code().equals("SHJZ")).findFirst().orElseThrow().id();
        context.getBean(FindingService.class).file(new NewFinding(fixture.department("MZJ"), IssueType.INCOMPLETE, area,
                null, "低保名单没有公开", "https://www.pj.gov.cn/mzj/", Severity.MINOR, List.of()), inspector);
        context.getBean(RequestIntake.class).file(new RequestForm(String.valueOf(fixture.department("MZJ")),
                ApplicantKind.PERSON, "张三丰", IdType.RESIDENT_ID, "11010519491231002X", null, null, null, "13812345678",
                "zsf@example.com", "盘锦市兴隆台区惠宾街 1 号", "124010", "2029 年度城乡低保资金发放明细", null,
                FormWanted.EMAIL, Delivery.EMAIL, List.of()), RequestOrigin.online("10.1.1.9")); // never registered
        clock.advance(Duration.ofDays(2));
        ComplaintTracking tracking = context.getBean(ComplaintTracking.class);
        for (int i = 0; i < jyj.size(); i++) {
            reply(fixture, jyj.get(i), "h.jyj");
            tracking.rate(jyj.get(i).trackingCode(), jyj.get(i).queryCode(), "10.7.7.7",
                    i == 0 ? Rating.BASICALLY_SATISFIED : Rating.SATISFIED, "");
        }
        clock.set(NOW);
        long period = fixture.lockedQuarter("看板头条测试体系", 2030, 2, totals(fixture));
        context.getBean(StatisticsRefresh.class).rebuild();

        signInAs("leader");
        navigate("dashboard");
        @SuppressWarnings("unchecked")
        Select<Long> periods = _get(Select.class, spec -> spec.withId("dashboard-period"));
        _setValue(periods, period);

        // first on the page, before every chart
        List<com.vaadin.flow.component.Component> parts = _get(DashboardView.class).getChildren().toList();
        assertThat(indexOf(parts, "dashboard-headline")).isNotNegative().isLessThan(indexOf(parts, "chart-ranking"));
        assertThat(value("headline-received")).isEqualTo("7");
        assertThat(value("headline-on-time")).as("6 of 7 due answered on time").isEqualTo("85.7%");
        assertThat(value("headline-satisfaction")).as("(5 + 0.9) / 6").isEqualTo("98.3%");
        assertThat(Integer.parseInt(value("headline-overdue"))).as("the unanswered complaint")
                .isEqualTo(overdueBefore + 1);
        assertThat(Long.parseLong(value("headline-findings"))).isEqualTo(findingsBefore + 1);
        assertThat(Long.parseLong(value("headline-requests"))).as("never registered").isEqualTo(requestsBefore + 1);
        assertThat(Integer.parseInt(value("headline-reports"))).as("no organ published its 2029 report")
                .isEqualTo(context.getBean(Organs.class).all().size());
        assertThat(text("headline-reports")).contains("2029");
        assertThat(context.getBean(AnnualReports.class).latestDueYear()).isEqualTo(2029);

        // the ranking: the first five and the last five, the criticised ones in view without a scroll
        List<String> ranked = new ArrayList<>(totals(fixture).keySet());
        String ranking = chartOf("chart-ranking");
        assertThat(ranking).doesNotContain("dataZoom").contains("⋯");
        List<DepartmentRow> active = context.getBean(DepartmentService.class).active();
        String first = name(active, ranked.get(0));
        String sixth = name(active, ranked.get(5));
        String last = name(active, ranked.get(ranked.size() - 1));
        assertThat(ranking).contains(first, last).doesNotContain(sixth);

        // the trend: the best three and the worst three, or the one department chosen
        assertThat(lines(chartOf("chart-trend"))).isEqualTo(6);
        @SuppressWarnings("unchecked")
        Select<Long> who = _get(Select.class, spec -> spec.withId("trend-department"));
        _setValue(who, fixture.department(ranked.get(5)));
        assertThat(lines(chartOf("chart-trend"))).isEqualTo(1);
        assertThat(chartOf("chart-trend")).contains(sixth).doesNotContain(first);
    }

    /** Every department with a handler, the totals falling from 99 in the directory's order. */
    private Map<String, Double> totals(AssessmentFixture fixture) {
        UserRepository users = context.getBean(UserRepository.class);
        Map<String, Double> totals = new LinkedHashMap<>();
        double points = 99;
        for (DepartmentRow d : context.getBean(DepartmentService.class).active()) {
            String handler = d.code().equals("MZJ") ? "handler" : "h." + d.code().toLowerCase();
            if (users.findByUsername(handler).isPresent() && totals.size() < 14) {
                totals.put(d.code(), points);
                points -= 3;
            }
        }
        return totals;
    }

    private static String name(List<DepartmentRow> departments, String code) {
        return departments.stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow().name();
    }

    /** The line series of a chart's option (each drawn with round points; the tooltip's pointer is a line too). */
    private static int lines(String option) {
        return option.split("\"symbol\":\"circle\"", -1).length - 1;
    }

    /** Which of the page's parts holds the component of that id. */
    private static int indexOf(List<com.vaadin.flow.component.Component> parts, String id) {
        for (int i = 0; i < parts.size(); i++) {
            if (!_find(parts.get(i), com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static String value(String tile) {
        return _get(Div.class, spec -> spec.withId(tile)).getChildren()
                .filter(c -> c.hasClassName("headline-value")).findFirst().orElseThrow().getElement().getText();
    }

    private static String text(String tile) {
        return _get(Div.class, spec -> spec.withId(tile)).getElement().getTextRecursively();
    }

    private String chartOf(String card) {
        Div box = _get(Div.class, spec -> spec.withId(card));
        return _find(box, Chart.class).stream().map(c -> c.getElement().getProperty("option", "")).findFirst().orElse("");
    }

    private Receipt file(AssessmentFixture fixture, String code, String subject, SignedInUser inspector) {
        Receipt receipt = context.getBean(ComplaintIntake.class).submit(new Submission(ComplaintType.COMPLAINT, null,
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
