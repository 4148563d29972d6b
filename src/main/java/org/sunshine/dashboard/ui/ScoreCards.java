package org.sunshine.dashboard.ui;

import com.vaadin.flow.component.Component;
import org.sunshine.assessment.Grade;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.ResultTable;
import org.sunshine.assessment.ui.RankingRules;
import org.sunshine.base.export.TableExport;
import org.sunshine.base.ui.Chart;
import org.sunshine.base.ui.ChartCard;
import org.sunshine.base.ui.ChartColor;
import org.sunshine.base.ui.ChartOption;
import com.vaadin.flow.component.select.Select;
import org.sunshine.dashboard.Dashboard;
import org.sunshine.security.SignedInUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The dashboard's assessment cards: the period's ranking with its rules (the first and the last departments in the
 * chart, never hidden in a scroll; every department in its table), and the score trend over the locked periods (the
 * best and the worst few of the latest, or one department chosen; every department in its table).
 */
final class ScoreCards {

    /** The category between the first and the last departments of a long ranking. */
    private static final String GAP = "⋯";

    /** A long ranking's chart shows this many departments from the top and as many from the bottom. */
    static final int RANKING_ENDS = 5;
    /** The trend shows this many lines from the top and as many from the bottom of the latest period. */
    static final int TREND_ENDS = 3;

    private final Component in;
    private final Dashboard dashboard;
    private final SignedInUser viewer;

    ScoreCards(Component in, Dashboard dashboard, SignedInUser viewer) {
        this.in = in;
        this.dashboard = dashboard;
        this.viewer = viewer;
    }

    ChartCard<ResultTable.Row> ranking(Dashboard.Filter filter) {
        ResultTable table = dashboard.ranking(filter, viewer);
        List<ResultTable.Row> rows = table.rows();
        // a long ranking: the first and the last few, a gap between them; the table below has them all
        boolean ends = rows.size() > 2 * RANKING_ENDS + 2;
        List<ResultTable.Row> shown = new ArrayList<>(ends ? rows.subList(0, RANKING_ENDS) : rows);
        if (ends) {
            shown.add(null);
            shown.addAll(rows.subList(rows.size() - RANKING_ENDS, rows.size()));
        }
        ChartOption option = ChartOption.bar(shown.stream().map(r -> r == null ? GAP
                        : in.getTranslation("dashboard.ranking.label", r.rank(), r.departmentName())).toList(), List.of(
                ChartOption.Series.of(in.getTranslation("assessment.total"), shown.stream().map(r -> r == null ? null : r.score().total()).toList())
                        .withPointColors(shown.stream().map(r -> r == null ? ChartColor.GREY : gradeColor(r.grade())).toList())))
                .horizontal().valueMin(0).valueMax(Math.max(100, ceiling(rows.stream().map(r -> r.score().total()).toList())))
                .valueLabels()
                .threshold(table.period().rules().excellentFrom(), in.getTranslation("assessment.grade.EXCELLENT"), ChartColor.GREEN)
                .threshold(table.period().rules().passFrom(), in.getTranslation("assessment.grade.PASS"), ChartColor.RED);
        List<TableExport.Column<ResultTable.Row>> columns = List.of(
                Cards.column(in, "assessment.rank", ResultTable.Row::rank),
                Cards.column(in, "assessment.department", ResultTable.Row::departmentName),
                Cards.column(in, "assessment.total", r -> r.score().total()),
                Cards.column(in, "assessment.grade", r -> in.getTranslation("assessment.grade." + r.grade().name())
                        + (r.score().vetoed() ? in.getTranslation("assessment.vetoed.mark") : "")));
        Chart chart = new Chart(option);
        chart.setHeight(Cards.height(shown.size()) + "px");
        ChartCard<ResultTable.Row> card = new ChartCard<>("chart-ranking", in.getTranslation("dashboard.ranking",
                table.period().getName()), rows.isEmpty() ? null : chart, rows, columns,
                in.getTranslation("dashboard.ranking.file", table.period().getName()));
        card.note(in.getTranslation(table.locked() ? "dashboard.ranking.locked" : "dashboard.ranking.live", table.revisionNo())
                + (ends ? in.getTranslation("dashboard.ranking.ends", RANKING_ENDS, rows.size()) : ""));
        card.add(RankingRules.of(in, table.period()));
        return card;
    }

    ChartCard<Dashboard.Trend> trend(Dashboard.Filter filter) {
        List<Period> periods = dashboard.trendPeriods(filter, viewer);
        List<Dashboard.Trend> rows = dashboard.trend(filter, viewer);
        List<String> names = periods.stream().map(Period::getName).toList();
        List<TableExport.Column<Dashboard.Trend>> columns = new ArrayList<>();
        columns.add(Cards.column(in, "assessment.department", Dashboard.Trend::departmentName));
        for (int i = 0; i < names.size(); i++) {
            int at = i;
            columns.add(new TableExport.Column<>(names.get(i), t -> t.totals().get(at)));
        }
        Chart chart = rows.isEmpty() ? null : new Chart(trendOption(names, ends(rows), rows));
        ChartCard<Dashboard.Trend> card = new ChartCard<>("chart-trend", in.getTranslation("dashboard.trend"), chart,
                rows, columns, in.getTranslation("dashboard.trend.file"));
        card.note(rows.isEmpty() ? in.getTranslation("dashboard.trend.none")
                : in.getTranslation("dashboard.trend.ends", TREND_ENDS));
        if (chart != null && rows.size() > 1) {
            // one department's line instead of the first and the last ones
            Select<Long> who = new Select<>();
            who.setId("trend-department");
            who.setLabel(in.getTranslation("dashboard.trend.department"));
            who.setItems(rows.stream().map(Dashboard.Trend::departmentId).toList());
            who.setEmptySelectionAllowed(true);
            who.setEmptySelectionCaption(in.getTranslation("dashboard.trend.ends.choice", TREND_ENDS));
            who.setItemLabelGenerator(id -> id == null ? in.getTranslation("dashboard.trend.ends.choice", TREND_ENDS)
                    : rows.stream().filter(t -> t.departmentId() == id).findFirst().map(Dashboard.Trend::departmentName).orElse(""));
            who.addValueChangeListener(e -> chart.setOption(trendOption(names, e.getValue() == null ? ends(rows)
                    : rows.stream().filter(t -> t.departmentId() == e.getValue()).toList(), rows)));
            card.addComponentAtIndex(1, who);
        }
        return card;
    }

    /** The best and the worst few of the latest period (all when there are few). */
    private static List<Dashboard.Trend> ends(List<Dashboard.Trend> rows) {
        if (rows.size() <= 2 * TREND_ENDS) {
            return rows;
        }
        List<Dashboard.Trend> ends = new ArrayList<>(rows.subList(0, TREND_ENDS));
        ends.addAll(rows.subList(rows.size() - TREND_ENDS, rows.size()));
        return ends;
    }

    /** The lines of {@code shown}, on an axis fitted to every department's scores so that choosing one keeps it. */
    private ChartOption trendOption(List<String> names, List<Dashboard.Trend> shown, List<Dashboard.Trend> all) {
        return ChartOption.line(names, shown.stream().map(t -> ChartOption.Series.of(t.departmentName(), t.totals())).toList())
                .valueAxisName(in.getTranslation("assessment.total"))
                .valueMin(floor(all)).valueMax(Math.max(100, ceiling(totals(all))));
    }

    /** The trend's axis starts below its lowest score, at a multiple of ten, so that the lines are apart. */
    private static int floor(List<Dashboard.Trend> rows) {
        double low = totals(rows).stream().mapToDouble(Double::doubleValue).min().orElse(0);
        return (int) Math.max(0, Math.floor(low / 10) * 10 - 10);
    }

    private static List<Double> totals(List<Dashboard.Trend> rows) {
        return rows.stream().flatMap(t -> t.totals().stream()).filter(Objects::nonNull).toList();
    }

    /** The next multiple of ten at or above the highest score: a total with bonus points may pass 100. */
    private static int ceiling(List<Double> totals) {
        double high = totals.stream().mapToDouble(Double::doubleValue).max().orElse(100);
        return (int) Math.ceil(high / 10) * 10;
    }

    private static ChartColor gradeColor(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> ChartColor.GREEN;
            case GOOD -> ChartColor.BLUE;
            case PASS -> ChartColor.GOLD;
            case FAIL -> ChartColor.RED;
        };
    }
}
