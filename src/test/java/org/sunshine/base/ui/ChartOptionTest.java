package org.sunshine.base.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sunshine.base.ui.ChartOption.Series;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ECharts option a {@link Chart} sends, read back as the browser will read it. */
class ChartOptionTest {

    private static final List<String> DEPARTMENTS = List.of("市民政局", "市教育局", "市交通局");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void groupedVerticalBarsHaveTheCategoriesOnXAndOneSeriesEach() throws IOException {
        JsonNode option = read(ChartOption.bar(DEPARTMENTS, List.of(
                Series.of("按期办结率", List.of(96.5, 91, 88)),
                Series.of("满意率", List.of(92, 89.25, 100.0 / 3)))).percent().title("按期办结率与满意率"));

        assertThat(texts(option.at("/xAxis/data"))).containsExactlyElementsOf(DEPARTMENTS);
        assertThat(option.at("/xAxis/type").asText()).isEqualTo("category");
        assertThat(option.at("/yAxis/type").asText()).isEqualTo("value");
        assertThat(option.at("/yAxis/min").asInt()).isZero();
        assertThat(option.at("/yAxis/max").asInt()).isEqualTo(100);
        assertThat(option.at("/yAxis/axisLabel/formatter").asText()).isEqualTo("{value}%");
        assertThat(option.at("/sunshine/unit").asText()).isEqualTo("%");
        assertThat(option.at("/title/text").asText()).isEqualTo("按期办结率与满意率");
        assertThat(option.at("/tooltip/trigger").asText()).isEqualTo("axis");
        assertThat(option.at("/grid/containLabel").asBoolean()).isTrue();
        assertThat(option.has("legend")).as("two series: a legend").isTrue();

        JsonNode series = option.get("series");
        assertThat(series).hasSize(2);
        assertThat(series.get(0).get("name").asText()).isEqualTo("按期办结率");
        assertThat(series.get(0).get("type").asText()).isEqualTo("bar");
        assertThat(numbers(series.get(0).get("data"))).containsExactly(96.5, 91.0, 88.0);
        assertThat(numbers(series.get(1).get("data"))).as("two decimals at most").containsExactly(92.0, 89.25, 33.33);
        assertThat(series.get(0).has("stack")).as("grouped, not stacked").isFalse();
    }

    @Test
    void aHorizontalRankingPutsTheFirstCategoryOnTopWithGradeLinesAndScrollsWhenLong() throws IOException {
        List<String> names = IntStream.rangeClosed(1, 200).mapToObj(i -> "部门" + i).toList();
        List<Double> scores = IntStream.rangeClosed(1, 200).mapToObj(i -> 100 - i * 0.4).toList();
        List<ChartColor> colors = scores.stream().map(s -> s >= 90 ? ChartColor.GREEN : ChartColor.GOLD).toList();
        JsonNode option = read(ChartOption.bar(names, List.of(Series.of("得分", scores).withPointColors(colors)))
                .horizontal().valueMax(100).threshold(90, "优秀").threshold(60, "合格", ChartColor.RED)
                .visibleCategories(20));

        assertThat(option.at("/yAxis/type").asText()).isEqualTo("category");
        assertThat(option.at("/yAxis/inverse").asBoolean()).isTrue();
        assertThat(option.at("/yAxis/data")).hasSize(200);
        assertThat(option.at("/xAxis/max").asInt()).isEqualTo(100);
        assertThat(option.has("legend")).as("one series: no legend").isFalse();

        JsonNode bars = option.at("/series/0");
        assertThat(bars.at("/data/0/value").asDouble()).isEqualTo(99.6);
        assertThat(bars.at("/data/0/itemStyle/color").asText()).isEqualTo(ChartColor.GREEN.hex());
        assertThat(bars.at("/data/199/itemStyle/color").asText()).isEqualTo(ChartColor.GOLD.hex());

        JsonNode lines = bars.at("/markLine/data");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("xAxis").asInt()).as("a vertical line at 90 on the value axis").isEqualTo(90);
        assertThat(lines.get(0).get("name").asText()).isEqualTo("优秀");
        assertThat(lines.get(1).get("xAxis").asInt()).isEqualTo(60);
        assertThat(lines.get(1).at("/lineStyle/color").asText()).isEqualTo(ChartColor.RED.hex());
        assertThat(bars.at("/markLine/label/formatter").asText()).isEqualTo("{b}");

        JsonNode zoom = option.get("dataZoom");
        assertThat(zoom).hasSize(2);
        for (JsonNode z : zoom) {
            assertThat(z.get("yAxisIndex").asInt()).isZero();
            assertThat(z.get("startValue").asInt()).isZero();
            assertThat(z.get("endValue").asInt()).isEqualTo(19);
        }
    }

    @Test
    void aShortListNeedsNoScrolling() throws IOException {
        JsonNode option = read(ChartOption.bar(DEPARTMENTS, List.of(Series.of("得分", List.of(1, 2, 3))))
                .horizontal().visibleCategories(20));
        assertThat(option.has("dataZoom")).isFalse();
    }

    @Test
    void stackedBarsShareOneStackAndKeepTheirColours() throws IOException {
        JsonNode option = read(ChartOption.bar(DEPARTMENTS, List.of(
                        Series.of("已超期", List.of(1, 0, 3)).withColor(ChartColor.RED),
                        Series.of("即将到期", List.of(2, 1, 0)).withColor(ChartColor.GOLD)))
                .stacked().valueLabels());

        JsonNode series = option.get("series");
        assertThat(series.get(0).get("stack").asText()).isEqualTo(series.get(1).get("stack").asText()).isNotBlank();
        assertThat(series.get(0).at("/itemStyle/color").asText()).isEqualTo("#b71c1c");
        assertThat(series.get(1).at("/itemStyle/color").asText()).isEqualTo(ChartColor.GOLD.hex());
        assertThat(numbers(series.get(0).get("data"))).containsExactly(1.0, 0.0, 3.0);
        assertThat(series.get(0).at("/label/position").asText()).isEqualTo("inside");
        assertThat(series.get(0).get("data").get(0).isIntegralNumber()).as("counts stay whole numbers").isTrue();
        assertThat(option.at("/yAxis/minInterval").asInt()).as("and so does the axis").isEqualTo(1);
    }

    @Test
    void linesKeepGapsAndDrawThresholdsOnTheYAxis() throws IOException {
        List<String> periods = List.of("2025年第三季度", "2025年第四季度", "2026年第一季度");
        JsonNode option = read(ChartOption.line(periods, List.of(
                        Series.of("市民政局", List.of(new BigDecimal("88.50"), 90, 93.25)),
                        Series.of("市交通局", Arrays.asList(71, null, Double.NaN))))
                .valueMin(60).valueMax(100).threshold(80, "良好"));

        assertThat(texts(option.at("/xAxis/data"))).containsExactlyElementsOf(periods);
        assertThat(option.at("/yAxis/min").asInt()).isEqualTo(60);
        assertThat(option.at("/yAxis").has("minInterval")).as("scores are not counts").isFalse();
        assertThat(option.at("/series/0/type").asText()).isEqualTo("line");
        assertThat(numbers(option.at("/series/0/data"))).containsExactly(88.5, 90.0, 93.25);
        assertThat(option.at("/series/1/data/1").isNull()).as("no score that period: a gap").isTrue();
        assertThat(option.at("/series/1/data/2").isNull()).as("nor a rate of nothing").isTrue();
        assertThat(option.at("/series/0/markLine/data/0/yAxis").asInt()).isEqualTo(80);
        assertThat(option.at("/series/1").has("markLine")).as("drawn once").isFalse();
    }

    @Test
    void thePaletteStartsWithTheThemeRed() throws IOException {
        JsonNode option = read(ChartOption.line(DEPARTMENTS, List.of()));
        assertThat(texts(option.get("color"))).startsWith("#b71c1c").hasSize(ChartColor.values().length);
    }

    @Test
    void everySeriesHasOneValuePerCategory() {
        assertThatThrownBy(() -> ChartOption.bar(DEPARTMENTS, List.of(Series.of("得分", List.of(1, 2)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChartOption.line(DEPARTMENTS, List.of()).horizontal())
                .isInstanceOf(IllegalStateException.class);
    }

    private static JsonNode read(ChartOption option) throws IOException {
        return JSON.readTree(option.toJson());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> numbers = new ArrayList<>();
        array.forEach(n -> numbers.add(n.isObject() ? n.get("value").asDouble() : n.asDouble()));
        return numbers;
    }
}
