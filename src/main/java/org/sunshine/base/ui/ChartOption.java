package org.sunshine.base.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Chart} shows: bars or lines over categories (departments, months, periods), written as an Apache
 * ECharts option. Every text (title, series names, the value axis' name, threshold labels) comes from the caller,
 * already translated; the option is JSON only, so nothing here can carry a script to the browser.
 *
 * <pre>{@code
 * new Chart(ChartOption.bar(departmentNames, List.of(Series.of(getTranslation("assessment.total"), scores)))
 *         .horizontal().valueMax(100).threshold(90, getTranslation("assessment.grade.EXCELLENT"))
 *         .visibleCategories(20));
 * }</pre>
 */
public final class ChartOption {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The one stack that all series join when stacked. */
    private static final String STACK = "total";

    private enum Kind { BAR, LINE }

    /** One series: a name for the legend and tooltip, and a value per category (null where there is none). */
    public record Series(String name, List<? extends Number> values, ChartColor color, List<ChartColor> pointColors) {

        public Series {
            Objects.requireNonNull(name, "name");
            values = Collections.unmodifiableList(new ArrayList<>(values)); // nulls allowed: a gap
            pointColors = pointColors == null ? null : List.copyOf(pointColors);
        }

        public static Series of(String name, List<? extends Number> values) {
            return new Series(name, values, null, null);
        }

        /** The series in this colour instead of the next one of the palette. */
        public Series withColor(ChartColor color) {
            return new Series(name, values, color, pointColors);
        }

        /** A colour per value, e.g. the bar of each department in the colour of its grade. */
        public Series withPointColors(List<ChartColor> colors) {
            return new Series(name, values, color, colors);
        }
    }

    /** A line across the chart at a value of the value axis, e.g. a grade's lower bound. */
    private record Threshold(Number value, String label, ChartColor color) {
    }

    private final Kind kind;
    private final List<String> categories;
    private final List<Series> series;
    private final List<Threshold> thresholds = new ArrayList<>();
    private String title;
    private String valueAxisName;
    private boolean horizontal;
    private boolean stacked;
    private boolean percent;
    private boolean valueLabels;
    private Number valueMin;
    private Number valueMax;
    private int visibleCategories;

    private ChartOption(Kind kind, List<String> categories, List<Series> series) {
        this.kind = kind;
        this.categories = List.copyOf(categories);
        this.series = List.copyOf(series);
        for (Series s : this.series) {
            if (s.values().size() != this.categories.size()
                    || s.pointColors() != null && s.pointColors().size() != this.categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has not one value per category");
            }
        }
    }

    /** Vertical bars, grouped side by side (or {@link #stacked()}); {@link #horizontal()} for long lists of names. */
    public static ChartOption bar(List<String> categories, List<Series> series) {
        return new ChartOption(Kind.BAR, categories, series);
    }

    /** A line per series over the categories (a trend over periods). */
    public static ChartOption line(List<String> categories, List<Series> series) {
        return new ChartOption(Kind.LINE, categories, series);
    }

    public ChartOption title(String title) {
        this.title = title;
        return this;
    }

    /** The value axis' name, e.g. the unit ("件", "分"). */
    public ChartOption valueAxisName(String name) {
        this.valueAxisName = name;
        return this;
    }

    /** Bars along the x axis, the first category at the top: a ranking. */
    public ChartOption horizontal() {
        if (kind != Kind.BAR) {
            throw new IllegalStateException("only bars lie horizontally");
        }
        this.horizontal = true;
        return this;
    }

    /** The series on top of each other: parts of a whole (complaints by area, findings by state). */
    public ChartOption stacked() {
        this.stacked = true;
        return this;
    }

    /** Values are percentages: the axis runs from 0 to 100 and values read with a "%". */
    public ChartOption percent() {
        this.percent = true;
        this.valueMin = 0;
        this.valueMax = 100;
        return this;
    }

    /** The value axis ends here (a score out of 100) instead of at a round number above the largest value. */
    public ChartOption valueMax(Number max) {
        this.valueMax = max;
        return this;
    }

    /** The value axis starts here instead of at 0 (a trend of scores between 70 and 100). */
    public ChartOption valueMin(Number min) {
        this.valueMin = min;
        return this;
    }

    /** A dashed grey line at this value with this label. */
    public ChartOption threshold(Number value, String label) {
        return threshold(value, label, ChartColor.GREY);
    }

    public ChartOption threshold(Number value, String label, ChartColor color) {
        thresholds.add(new Threshold(Objects.requireNonNull(value), label, Objects.requireNonNull(color)));
        return this;
    }

    /** Each bar or point shows its value. */
    public ChartOption valueLabels() {
        this.valueLabels = true;
        return this;
    }

    /**
     * At most this many categories at a time, the rest reached with a scroll bar (200 departments in a ranking). Give
     * the chart about 24 px of height per visible category when horizontal.
     */
    public ChartOption visibleCategories(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one category must be visible");
        }
        this.visibleCategories = count;
        return this;
    }

    /** The ECharts option, as {@link Chart} sends it. */
    public String toJson() {
        return toTree().toString();
    }

    private ObjectNode toTree() {
        boolean legend = series.size() > 1;
        boolean zoom = visibleCategories > 0 && categories.size() > visibleCategories;

        ObjectNode option = JSON.objectNode();
        ArrayNode palette = option.putArray("color");
        for (ChartColor color : ChartColor.values()) {
            palette.add(color.hex());
        }
        if (title != null) {
            option.putObject("title").put("text", title).put("left", 0).put("top", 0)
                    .putObject("textStyle").put("fontSize", 14).put("fontWeight", "bold");
        }
        // ECharts describes the chart to screen readers, in its own words in the page's language
        option.putObject("aria").put("enabled", true);
        ObjectNode tooltip = option.putObject("tooltip").put("trigger", "axis").put("confine", true);
        tooltip.putObject("axisPointer").put("type", kind == Kind.BAR ? "shadow" : "line");
        if (legend) {
            option.putObject("legend").put("type", "scroll").put("bottom", 0);
        }

        int top = 16;
        if (title != null) {
            top += 28;
        }
        if (!horizontal && valueAxisName != null || horizontal && !thresholds.isEmpty()) {
            top += 12;
        }
        int bottom = 8 + (legend ? 28 : 0) + (zoom && !horizontal ? 28 : 0) + (horizontal && valueAxisName != null ? 20 : 0);
        int right = 24 + (zoom && horizontal ? 24 : 0);
        option.putObject("grid").put("left", 8).put("right", right).put("top", top).put("bottom", bottom)
                .put("containLabel", true);

        option.set(horizontal ? "yAxis" : "xAxis", categoryAxis());
        option.set(horizontal ? "xAxis" : "yAxis", valueAxis());
        if (zoom) {
            option.set("dataZoom", dataZoom(legend));
        }
        ArrayNode list = option.putArray("series");
        for (int i = 0; i < series.size(); i++) {
            list.add(series(series.get(i), i == 0));
        }
        if (percent) {
            // read by <sunshine-chart>: ECharts only formats tooltip values with a function, which JSON cannot carry
            option.putObject("sunshine").put("unit", "%");
        }
        return option;
    }

    private ObjectNode categoryAxis() {
        ObjectNode axis = JSON.objectNode().put("type", "category");
        ArrayNode data = axis.putArray("data");
        categories.forEach(data::add);
        // the first category (rank 1) at the top
        axis.put("inverse", horizontal);
        axis.putObject("axisTick").put("alignWithLabel", true);
        ObjectNode labels = axis.putObject("axisLabel");
        if (horizontal) {
            labels.put("interval", 0); // every department named
        }
        return axis;
    }

    private ObjectNode valueAxis() {
        ObjectNode axis = JSON.objectNode().put("type", "value");
        if (valueAxisName != null) {
            axis.put("name", valueAxisName);
            if (horizontal) {
                axis.put("nameLocation", "middle").put("nameGap", 28);
            } else {
                axis.put("nameLocation", "end").put("nameGap", 12);
                axis.putObject("nameTextStyle").put("align", "right");
            }
        }
        if (valueMin != null) {
            axis.set("min", number(valueMin));
        }
        if (valueMax != null) {
            axis.set("max", number(valueMax));
        }
        if (percent) {
            axis.putObject("axisLabel").put("formatter", "{value}%");
        }
        if (counts()) {
            axis.put("minInterval", 1); // no half complaints on the axis
        }
        axis.putObject("splitLine").putObject("lineStyle").put("type", "dashed");
        return axis;
    }

    private ArrayNode dataZoom(boolean legend) {
        ArrayNode zooms = JSON.arrayNode();
        String axisIndex = horizontal ? "yAxisIndex" : "xAxisIndex";
        ObjectNode slider = zooms.addObject().put("type", "slider").put(axisIndex, 0)
                .put("startValue", 0).put("endValue", visibleCategories - 1)
                .put("zoomLock", true).put("brushSelect", false).put("showDetail", false).put("showDataShadow", false);
        if (horizontal) {
            slider.put("right", 8).put("width", 14);
        } else {
            slider.put("bottom", legend ? 32 : 8).put("height", 14);
        }
        // dragging the chart scrolls it too; the mouse wheel stays with the page
        zooms.addObject().put("type", "inside").put(axisIndex, 0)
                .put("startValue", 0).put("endValue", visibleCategories - 1)
                .put("zoomOnMouseWheel", false).put("moveOnMouseWheel", false).put("moveOnMouseMove", true);
        return zooms;
    }

    private ObjectNode series(Series s, boolean first) {
        ObjectNode node = JSON.objectNode().put("name", s.name()).put("type", kind == Kind.BAR ? "bar" : "line");
        if (stacked) {
            node.put("stack", STACK);
        }
        if (s.color() != null) {
            node.putObject("itemStyle").put("color", s.color().hex());
            if (kind == Kind.LINE) {
                node.putObject("lineStyle").put("color", s.color().hex());
            }
        }
        if (kind == Kind.BAR) {
            node.put("barMaxWidth", 28);
        } else {
            node.put("symbol", "circle").put("symbolSize", 6);
        }
        if (stacked) {
            node.putObject("emphasis").put("focus", "series");
        }
        ArrayNode data = node.putArray("data");
        for (int i = 0; i < s.values().size(); i++) {
            Number value = s.values().get(i);
            if (s.pointColors() == null) {
                data.add(number(value));
            } else {
                ObjectNode point = data.addObject();
                point.set("value", number(value));
                point.putObject("itemStyle").put("color", s.pointColors().get(i).hex());
            }
        }
        if (valueLabels) {
            node.putObject("label").put("show", true)
                    .put("position", stacked ? "inside" : horizontal ? "right" : "top")
                    .put("formatter", percent ? "{c}%" : "{c}");
        }
        if (first && !thresholds.isEmpty()) {
            node.set("markLine", markLine());
        }
        return node;
    }

    private ObjectNode markLine() {
        ObjectNode markLine = JSON.objectNode().put("silent", true).put("symbol", "none");
        // horizontal: the category axis is inverted, so a line's start is at the top
        markLine.putObject("label").put("formatter", "{b}").put("position", horizontal ? "start" : "insideEndTop");
        ArrayNode data = markLine.putArray("data");
        for (Threshold threshold : thresholds) {
            ObjectNode line = data.addObject();
            if (threshold.label() != null) {
                line.put("name", threshold.label());
            }
            line.set(horizontal ? "xAxis" : "yAxis", number(threshold.value()));
            line.putObject("lineStyle").put("type", "dashed").put("color", threshold.color().hex());
        }
        return markLine;
    }

    /** Every value a whole number type: counts of things. */
    private boolean counts() {
        return !series.isEmpty() && series.stream().flatMap(s -> s.values().stream())
                .allMatch(v -> v == null || v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte);
    }

    /**
     * Whole numbers as such, anything else (scores as BigDecimal, rates) to two decimals: a label or tooltip shows
     * the value as written, and 33.333333333333336% helps nobody.
     */
    private static JsonNode number(Number value) {
        if (value == null) {
            return JSON.nullNode();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return JSON.numberNode(value.longValue());
        }
        if (!Double.isFinite(value.doubleValue())) {
            return JSON.nullNode(); // a rate of nothing (0 of 0): no value, not an error
        }
        return JSON.numberNode(new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP).doubleValue());
    }
}
