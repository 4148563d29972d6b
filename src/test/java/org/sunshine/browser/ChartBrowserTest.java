package org.sunshine.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.sunshine.base.ui.ChartColor;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Charts in a real browser, in the application as it runs in development: ECharts and {@code <sunshine-chart>} load
 * as static scripts when a chart is first shown, draw each category's label and one bar per value as SVG, show a
 * long ranking twelve departments at a time, and leave Vaadin's own components working on the next screen. The
 * screen is {@link ChartSampleView}, which only the tests have.
 */
@MicronautTest(transactional = false)
class ChartBrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    DepartmentService departments;

    private Journey user;

    @AfterEach
    void quit() {
        if (user != null) {
            user.close();
        }
    }

    @Test
    void chartsDrawTheirBarsWithChineseLabelsAndTheScreensAroundThemStillWork() throws Exception {
        user = new Journey(server.getPort());
        user.signIn("leader");
        user.open("/test/charts");

        user.wait.until(d -> texts("simple").containsAll(ChartSampleView.FIVE));
        assertThat(texts("simple")).contains("五个部门的得分", "分", "95", "88.5", "59");
        assertThat(bars("simple", ChartColor.RED)).as("one bar per department").isEqualTo(5);
        assertThat(user.browser.executeScript("return echarts.version")).isEqualTo("5.6.0");
        assertThat(user.attribute(By.id("simple"), "innerHTML")).contains("<svg");
        assertThat(user.browser.findElement(By.id("simple")).getAttribute("aria-label")).contains("五个部门的得分");

        List<String> names = departments.active().stream().map(DepartmentRow::name).toList();
        assertThat(names).hasSizeGreaterThan(ChartSampleView.VISIBLE_IN_RANKING);
        user.wait.until(d -> texts("ranking").contains(names.get(0)));
        List<String> ranking = texts("ranking");
        assertThat(ranking).containsAll(names.subList(0, ChartSampleView.VISIBLE_IN_RANKING))
                .contains("部门综合排名", "优秀 90", "良好 80", "合格 60");
        assertThat(ranking).as("the rest is reached by scrolling")
                .doesNotContainAnyElementsOf(names.subList(ChartSampleView.VISIBLE_IN_RANKING, names.size()));
        int drawn = 0;
        for (ChartColor grade : List.of(ChartColor.GREEN, ChartColor.BLUE, ChartColor.GOLD, ChartColor.RED)) {
            drawn += bars("ranking", grade);
        }
        assertThat(drawn).isEqualTo(ChartSampleView.VISIBLE_IN_RANKING);

        assertThat(texts("trend")).contains("2025年第一季度", "2026年第一季度", "市民政局", "市交通局", "优秀");
        assertThat(texts("complaints")).contains("1月", "6月", "社会救助和社会福利", "件");
        assertThat(texts("rates")).contains("100%", "96.2%", "按期办结率", "满意率")
                .contains(names.get(ChartSampleView.VISIBLE_RATES - 1)).doesNotContain(names.get(ChartSampleView.VISIBLE_RATES));
        assertThat(bars("rates", ChartColor.RED) + bars("rates", ChartColor.BLUE))
                .as("two bars per department shown and a legend mark per series").isEqualTo(2 * ChartSampleView.VISIBLE_RATES + 2);
        assertThat(texts("overdue")).contains("已超期", "即将到期", "市农委");
        assertThat(texts("findings")).contains("待确认", "整改中", "已核实");
        assertThat(user.cspViolations()).as("ECharts and the chart element run under the Content-Security-Policy").isEmpty();
        user.shot("charts");

        // the same page goes on to a screen of Vaadin's own components: a select and a grid
        user.click(By.xpath("//vaadin-side-nav-item[contains(., '部门名录')]"));
        user.wait.until(d -> d.getCurrentUrl().endsWith("/directory/departments"));
        user.wait.until(d -> gridTexts().contains("市民政局"));
        assertThat(user.browser.findElements(By.tagName("sunshine-chart"))).as("the charts are gone").isEmpty();
        user.click(By.id("department-type-filter"));
        user.wait.until(d -> !d.findElements(By.tagName("vaadin-select-item")).isEmpty());
        user.browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        user.shot("after-charts");
    }

    /** The texts ECharts wrote into the chart's SVG. */
    private List<String> texts(String chart) {
        return strings("return Array.from(document.querySelectorAll('#" + chart + " svg text')).map(t => t.textContent)");
    }

    /** Shapes filled with the colour: the bars of a series given that colour, and its legend mark if any. */
    private int bars(String chart, ChartColor color) {
        Object count = user.browser.executeScript(
                "return document.querySelectorAll('#" + chart + " svg path[fill=\"" + color.hex() + "\"]').length");
        return ((Number) count).intValue();
    }

    private List<String> gridTexts() {
        return strings("return Array.from(document.querySelectorAll('#departments vaadin-grid-cell-content')).map(c => c.textContent)");
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String script) {
        Object result = user.browser.executeScript(script);
        return result instanceof List<?> list ? (List<String>) list : List.of();
    }
}
