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
import org.sunshine.dashboard.Dashboard;
import org.sunshine.security.SignedInUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The dashboard's assessment cards: the period's ranking with its rules, and the score trend over the locked periods. */
final class ScoreCards {

    /** The trend shows at most this many lines (the best of the latest period); its table has every department. */
    static final int TREND_LINES = 10;

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
        ChartOption option = ChartOption.bar(rows.stream().map(ResultTable.Row::departmentName).toList(), List.of(
                ChartOption.Series.of(in.getTranslation("assessment.total"), rows.stream().map(r -> r.score().total()).toList())
                        .withPointColors(rows.stream().map(r -> gradeColor(r.grade())).toList())))
                .horizontal().valueMin(0).valueMax(Math.max(100, ceiling(rows.stream().map(r -> r.score().total()).toList())))
                .valueLabels().visibleCategories(15)
                .threshold(table.period().rules().excellentFrom(), in.getTranslation("assessment.grade.EXCELLENT"), ChartColor.GREEN)
                .threshold(table.period().rules().passFrom(), in.getTranslation("assessment.grade.PASS"), ChartColor.RED);
        List<TableExport.Column<ResultTable.Row>> columns = List.of(
                Cards.column(in, "assessment.rank", ResultTable.Row::rank),
                Cards.column(in, "assessment.department", ResultTable.Row::departmentName),
                Cards.column(in, "assessment.total", r -> r.score().total()),
                Cards.column(in, "assessment.grade", r -> in.getTranslation("assessment.grade." + r.grade().name())
                        + (r.score().vetoed() ? in.getTranslation("assessment.vetoed.mark") : "")));
        ChartCard<ResultTable.Row> card = new ChartCard<>("chart-ranking", in.getTranslation("dashboard.ranking",
                table.period().getName()), Cards.chart(option, rows.size()), rows, columns,
                in.getTranslation("dashboard.ranking.file", table.period().getName()));
        card.note(in.getTranslation(table.locked() ? "dashboard.ranking.locked" : "dashboard.ranking.live", table.revisionNo()));
        card.add(RankingRules.of(in, table.period()));
        return card;
    }

    ChartCard<Dashboard.Trend> trend(Dashboard.Filter filter) {
        List<Period> periods = dashboard.trendPeriods(filter, viewer);
        List<Dashboard.Trend> rows = dashboard.trend(filter, viewer);
        List<String> names = periods.stream().map(Period::getName).toList();
        List<ChartOption.Series> series = rows.stream().limit(TREND_LINES)
                .map(t -> ChartOption.Series.of(t.departmentName(), t.totals())).toList();
        List<TableExport.Column<Dashboard.Trend>> columns = new ArrayList<>();
        columns.add(Cards.column(in, "assessment.department", Dashboard.Trend::departmentName));
        for (int i = 0; i < names.size(); i++) {
            int at = i;
            columns.add(new TableExport.Column<>(names.get(i), t -> t.totals().get(at)));
        }
        ChartCard<Dashboard.Trend> card = new ChartCard<>("chart-trend", in.getTranslation("dashboard.trend"),
                rows.isEmpty() ? null : new Chart(ChartOption.line(names, series)
                        .valueAxisName(in.getTranslation("assessment.total"))
                        .valueMin(floor(rows)).valueMax(Math.max(100, ceiling(totals(rows))))),
                rows, columns, in.getTranslation("dashboard.trend.file"));
        card.note(rows.isEmpty() ? in.getTranslation("dashboard.trend.none")
                : in.getTranslation("dashboard.trend.note", TREND_LINES));
        return card;
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
