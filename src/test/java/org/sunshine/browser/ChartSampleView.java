package org.sunshine.browser;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.sunshine.base.ui.Chart;
import org.sunshine.base.ui.ChartColor;
import org.sunshine.base.ui.ChartOption;
import org.sunshine.base.ui.ChartOption.Series;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;

import java.util.ArrayList;
import java.util.List;

/**
 * A test-only screen (it never ships: only the test class path has it) with one chart of each kind the leadership
 * dashboard will draw, over the demo city's departments, for {@link ChartBrowserTest}. Texts are literals here:
 * a real screen takes them from the bundle.
 */
@Prototype
@PermitAll
@Route("test/charts")
public class ChartSampleView extends VerticalLayout {

    static final List<String> FIVE = List.of("市民政局", "市教育局", "市交通局", "市卫健委", "市农委");
    static final int VISIBLE_IN_RANKING = 12;
    static final int VISIBLE_RATES = 8;

    public ChartSampleView(DepartmentService departments) {
        setId("chart-samples");
        List<String> names = departments.active().stream().map(DepartmentRow::name).toList();
        List<Double> scores = new ArrayList<>();
        List<ChartColor> grades = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            double score = Math.round((97.5 - i * 1.45) * 10) / 10.0;
            scores.add(score);
            grades.add(score >= 90 ? ChartColor.GREEN : score >= 80 ? ChartColor.BLUE : score >= 60 ? ChartColor.GOLD : ChartColor.RED);
        }

        add(new H3("图表"));
        add(chart("simple", ChartOption.bar(FIVE, List.of(Series.of("得分", List.of(95, 88.5, 81, 73, 59))
                .withColor(ChartColor.RED))).title("五个部门的得分").valueAxisName("分").valueMax(100).valueLabels()));

        Chart ranking = chart("ranking", ChartOption.bar(names, List.of(Series.of("综合得分", scores).withPointColors(grades)))
                .horizontal().title("部门综合排名").valueAxisName("得分").valueMax(100)
                .threshold(90, "优秀 90", ChartColor.GREEN).threshold(80, "良好 80", ChartColor.BLUE)
                .threshold(60, "合格 60", ChartColor.RED).valueLabels().visibleCategories(VISIBLE_IN_RANKING));
        ranking.setHeight(VISIBLE_IN_RANKING * 28 + 120 + "px");
        add(ranking);

        List<String> quarters = List.of("2025年第一季度", "2025年第二季度", "2025年第三季度", "2025年第四季度", "2026年第一季度");
        add(chart("trend", ChartOption.line(quarters, List.of(
                        Series.of("市民政局", List.of(86.5, 88, 91.2, 90.4, 93)),
                        Series.of("市教育局", List.of(78, 82.5, 80, 84, 87.5)),
                        Series.of("市交通局", java.util.Arrays.asList(71, 69.5, null, 75, 79))))
                .title("得分趋势").valueAxisName("分").valueMin(60).valueMax(100).threshold(90, "优秀").threshold(80, "良好")));

        List<String> months = List.of("1月", "2月", "3月", "4月", "5月", "6月");
        add(chart("complaints", ChartOption.bar(months, List.of(
                        Series.of("社会救助和社会福利", List.of(12, 9, 14, 11, 16, 13)),
                        Series.of("教育", List.of(8, 11, 7, 10, 9, 12)),
                        Series.of("交通运输", List.of(5, 6, 9, 4, 7, 8)),
                        Series.of("医疗卫生", List.of(7, 5, 6, 8, 6, 9)),
                        Series.of("生态环境", List.of(3, 4, 2, 5, 3, 4))))
                .stacked().title("各重点领域诉求（按月）").valueAxisName("件")));

        List<Double> onTime = new ArrayList<>();
        List<Double> satisfied = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            onTime.add(96.2 - i % 7 * 2.5);
            satisfied.add(92.5 - i % 5 * 3.1);
        }
        add(chart("rates", ChartOption.bar(names, List.of(Series.of("按期办结率", onTime), Series.of("满意率", satisfied)))
                .percent().title("按期办结率与满意率").valueLabels().visibleCategories(VISIBLE_RATES)));

        add(chart("overdue", ChartOption.bar(FIVE, List.of(
                        Series.of("已超期", List.of(1, 0, 3, 2, 4)).withColor(ChartColor.RED),
                        Series.of("即将到期", List.of(2, 1, 2, 0, 3)).withColor(ChartColor.GOLD)))
                .horizontal().stacked().title("超期与临期事项").valueAxisName("件")));

        add(chart("findings", ChartOption.bar(FIVE, List.of(
                        Series.of("待确认", List.of(1, 0, 2, 1, 0)).withColor(ChartColor.GREY),
                        Series.of("整改中", List.of(2, 1, 3, 2, 4)).withColor(ChartColor.GOLD),
                        Series.of("已核实", List.of(4, 3, 1, 2, 1)).withColor(ChartColor.GREEN)))
                .stacked().title("监督意见办理状态").valueAxisName("条")));
    }

    private static Chart chart(String id, ChartOption option) {
        Chart chart = new Chart(option);
        chart.setId(id);
        return chart;
    }
}
