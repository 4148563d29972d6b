package org.sunshine.dashboard.ui;

import com.vaadin.flow.component.Component;
import org.sunshine.base.export.TableExport;
import org.sunshine.base.ui.ChartCard;
import org.sunshine.base.ui.ChartColor;
import org.sunshine.base.ui.ChartOption;
import org.sunshine.dashboard.Dashboard;
import org.sunshine.dashboard.ProactiveBoard;
import org.sunshine.proactive.CadenceWatch;
import org.sunshine.security.SignedInUser;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's 主动公开 cards: the year's on-time rate of the records by department (with the items each has
 * overdue now), and the responsibility items overdue now, counted by department and listed in the table.
 */
final class ProactiveCards {

    private final Component in;
    private final ProactiveBoard board;
    private final SignedInUser viewer;

    ProactiveCards(Component in, ProactiveBoard board, SignedInUser viewer) {
        this.in = in;
        this.board = board;
        this.viewer = viewer;
    }

    ChartCard<ProactiveBoard.Row> timeliness(Dashboard.Filter filter) {
        int year = board.year(filter);
        List<ProactiveBoard.Row> rows = board.byDepartment(filter, viewer);
        List<ProactiveBoard.Row> rated = rows.stream().filter(r -> r.rate() != null).toList();
        ChartOption option = ChartOption.bar(rated.stream().map(ProactiveBoard.Row::departmentName).toList(), List.of(
                ChartOption.Series.of(in.getTranslation("dashboard.proactive.rate"),
                        rated.stream().map(r -> percent(r.rate())).toList()).withColor(ChartColor.BLUE)))
                .percent().horizontal().visibleCategories(15);
        List<TableExport.Column<ProactiveBoard.Row>> columns = List.of(
                Cards.column(in, "assessment.department", ProactiveBoard.Row::departmentName),
                Cards.column(in, "dashboard.proactive.due", ProactiveBoard.Row::due),
                Cards.column(in, "dashboard.proactive.onTime", ProactiveBoard.Row::onTime),
                Cards.column(in, "dashboard.proactive.rate", r -> r.rate() == null ? "—" : percent(r.rate()) + "%"),
                Cards.column(in, "dashboard.proactive.overdueItems", ProactiveBoard.Row::overdueItems));
        String title = in.getTranslation("dashboard.proactive.title", String.valueOf(year));
        ChartCard<ProactiveBoard.Row> card = new ChartCard<>("chart-proactive", title,
                rated.isEmpty() ? null : Cards.chart(option, rated.size()), rows, columns, title);
        card.note(in.getTranslation(rows.isEmpty() ? "dashboard.proactive.none" : "dashboard.proactive.note",
                String.valueOf(year)));
        return card;
    }

    ChartCard<CadenceWatch.Miss> overdue(Dashboard.Filter filter) {
        List<CadenceWatch.Miss> rows = board.overdue(filter, viewer);
        Map<String, Long> byDepartment = new LinkedHashMap<>();
        rows.forEach(m -> byDepartment.merge(m.departmentName(), 1L, Long::sum));
        ChartOption option = ChartOption.bar(List.copyOf(byDepartment.keySet()), List.of(
                ChartOption.Series.of(in.getTranslation("dashboard.proactive.overdueItems"),
                        List.copyOf(byDepartment.values())).withColor(ChartColor.RED)))
                .horizontal().visibleCategories(15).valueAxisName(in.getTranslation("dashboard.count"));
        List<TableExport.Column<CadenceWatch.Miss>> columns = List.of(
                Cards.column(in, "proactive.monitor.item", m -> m.seqNo() + ". " + m.itemTitle()),
                Cards.column(in, "assessment.department", CadenceWatch.Miss::departmentName),
                Cards.column(in, "responsibility.cadence", m -> in.getTranslation(m.cadence().labelKey())),
                Cards.column(in, "proactive.monitor.window", m -> in.getTranslation(m.window().key(), m.window().args())),
                Cards.column(in, "proactive.monitor.due", CadenceWatch.Miss::dueOn),
                Cards.column(in, "proactive.monitor.days", m -> in.getTranslation("proactive.monitor.daysOverdue", m.days())));
        String title = in.getTranslation("dashboard.proactive.overdue");
        ChartCard<CadenceWatch.Miss> card = new ChartCard<>("chart-proactive-overdue", title,
                rows.isEmpty() ? null : Cards.chart(option, byDepartment.size()), rows, columns, title);
        card.note(in.getTranslation(rows.isEmpty() ? "dashboard.proactive.overdue.none" : "dashboard.proactive.overdue.note"));
        return card;
    }

    private static Double percent(double rate) {
        return BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
