package org.sunshine.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.ScoringRules;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.export.TableExport;
import org.sunshine.base.ui.Chart;
import org.sunshine.base.ui.ChartCard;
import org.sunshine.base.ui.ChartColor;
import org.sunshine.base.ui.ChartOption;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.FilterBar;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.bulletin.BulletinQueries;
import org.sunshine.dashboard.Dashboard;
import org.sunshine.dashboard.Headlines;
import org.sunshine.dashboard.ProactiveBoard;
import org.sunshine.directory.DepartmentType;
import org.sunshine.directory.KeyAreaRow;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.statistics.FindingFigures;
import org.sunshine.statistics.StatisticsQueries;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 数据看板, for leaders and inspectors: the headline figures first ({@link HeadlineFigures}), then nine charts (the assessment's two in {@link ScoreCards}, 主动公开's two in
 * {@link ProactiveCards}) on the data — the period's ranking, the score trend, complaints by month and key area,
 * on-time and satisfaction rates by department, what is overdue now, the responsibility items overdue and the
 * records' on-time rate, findings and their rectification, bulletins with their receipts and problem lists — each
 * with the table behind it and its export, and the rules a ranking or a rate follows written beside it. Filtered by
 * period, key area and kind of department.
 */
@Prototype
@RolesAllowed({Role.LEADER_NAME, Role.INSPECTOR_NAME})
@Menu(title = "nav.dashboard", order = MenuGroup.HOME + 2, icon = "vaadin:dashboard")
@Route("dashboard")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final Dashboard dashboard;
    private final Headlines headlines;
    private final ProactiveBoard proactive;
    private final SignedInUser viewer;
    private final BusinessClock clock;
    private final Select<Long> period = new Select<>();
    private final Select<Long> area = new Select<>();
    private final Select<DepartmentType> type = new Select<>();
    private final Div headline = new Div();
    private final Div cards = new Div();
    private final Paragraph freshness = new Paragraph();
    private Map<Long, String> areaNames = Map.of();

    @Inject
    public DashboardView(Dashboard dashboard, Headlines headlines, ProactiveBoard proactive, KeyAreaService areas,
                         CurrentUser currentUser, BusinessClock clock) {
        this(dashboard, headlines, proactive, areas, currentUser.require(), clock);
    }

    /** The dashboard as {@code viewer} sees it, also built outside a request ({@link DashboardPageWarmUp}). */
    DashboardView(Dashboard dashboard, Headlines headlines, ProactiveBoard proactive, KeyAreaService areas,
                  SignedInUser viewer, BusinessClock clock) {
        this.dashboard = dashboard;
        this.headlines = headlines;
        this.proactive = proactive;
        this.viewer = viewer;
        this.clock = clock;
        setId("dashboard");
        addClassName("dashboard");

        List<Period> periods = dashboard.periods(viewer);
        Map<Long, Period> byId = periods.stream().collect(Collectors.toMap(Period::getId, Function.identity()));
        period.setLabel(getTranslation("dashboard.period"));
        period.setItems(periods.stream().map(Period::getId).toList());
        period.setItemLabelGenerator(id -> id == null ? "" : byId.get(id).getName()
                + getTranslation("dashboard.period.state." + byId.get(id).getState().name()));
        period.setId("dashboard-period");
        List<KeyAreaRow> keyAreas = areas.list(false);
        areaNames = keyAreas.stream().collect(Collectors.toMap(KeyAreaRow::id, KeyAreaRow::name));
        area.setLabel(getTranslation("dashboard.keyArea"));
        area.setItems(keyAreas.stream().map(KeyAreaRow::id).toList());
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("dashboard.allAreas"));
        area.setItemLabelGenerator(id -> id == null ? getTranslation("dashboard.allAreas") : areaNames.get(id));
        area.setId("dashboard-area");
        type.setLabel(getTranslation("dashboard.departmentType"));
        type.setItems(DepartmentType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("dashboard.allTypes"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("dashboard.allTypes") : getTranslation(t.labelKey()));
        type.setId("dashboard-type");
        freshness.addClassName("form-note");
        freshness.setId("dashboard-freshness");
        add(new FilterBar(period, area, type), freshness);
        headline.setWidthFull();
        cards.addClassName("dashboard-cards");
        add(headline, cards);
        if (periods.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.noPeriod")));
            return;
        }
        dashboard.defaultPeriod(viewer).ifPresent(p -> period.setValue(p.getId()));
        period.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        refresh();
    }

    private void refresh() {
        headline.removeAll();
        cards.removeAll();
        if (period.getValue() == null) {
            return;
        }
        Dashboard.Filter filter = new Dashboard.Filter(period.getValue(), area.getValue(), type.getValue());
        // what is overdue now is read once, for the headline and its chart
        List<StatisticsQueries.Overdue> overdueNow = dashboard.overdue(filter, viewer);
        headline.add(HeadlineFigures.of(this, headlines.of(filter, viewer, overdueNow),
                period.getItemLabelGenerator().apply(period.getValue())));
        Dashboard.Freshness fresh = dashboard.freshness();
        Instant refreshed = fresh.refreshedAt();
        String asOf = getTranslation("dashboard.freshness", refreshed == null ? "—" : Dates.time(this, refreshed, clock.zone()));
        freshness.setText(refreshed == null ? getTranslation("dashboard.freshness.first")
                : fresh.building() ? getTranslation("dashboard.freshness.building", asOf) : asOf);
        ScoreCards scores = new ScoreCards(this, dashboard, viewer);
        ProactiveCards disclosure = new ProactiveCards(this, proactive, viewer);
        cards.add(scores.ranking(filter), scores.trend(filter), complaintsByMonth(filter), rates(filter), overdue(overdueNow),
                disclosure.overdue(filter), disclosure.timeliness(filter), findings(filter), bulletins(filter));
    }

    // --- 3. complaints by month and key area -----------------------------------------------------------------------------

    /** A month's complaints, by key area. */
    record MonthRow(YearMonth month, Map<Long, Integer> byArea) {

        int total() {
            return byArea.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private ChartCard<MonthRow> complaintsByMonth(Dashboard.Filter filter) {
        StatisticsQueries.Filter months = dashboard.months(filter, true);
        Map<YearMonth, Map<Long, Integer>> byMonth = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(months.from()); !m.isAfter(YearMonth.from(months.to())); m = m.plusMonths(1)) {
            byMonth.put(m, new LinkedHashMap<>());
        }
        List<Long> areasShown = new ArrayList<>();
        for (StatisticsQueries.MonthArea row : dashboard.complaintsByMonth(filter, viewer)) {
            byMonth.computeIfAbsent(row.month(), m -> new LinkedHashMap<>()).merge(row.keyAreaId(), row.received(), Integer::sum);
            if (!areasShown.contains(row.keyAreaId())) {
                areasShown.add(row.keyAreaId());
            }
        }
        areasShown.sort(Long::compare);
        List<MonthRow> rows = byMonth.entrySet().stream().map(e -> new MonthRow(e.getKey(), e.getValue())).toList();
        List<String> labels = rows.stream().map(r -> getTranslation("dashboard.month", r.month().getYear(), r.month().getMonthValue())).toList();
        List<ChartOption.Series> series = areasShown.stream().map(a -> ChartOption.Series.of(areaName(a),
                rows.stream().map(r -> r.byArea().getOrDefault(a, 0)).toList())).toList();
        List<TableExport.Column<MonthRow>> columns = new ArrayList<>();
        columns.add(new TableExport.Column<>(getTranslation("dashboard.monthHeader"),
                r -> getTranslation("dashboard.month", r.month().getYear(), r.month().getMonthValue())));
        for (long a : areasShown) {
            columns.add(new TableExport.Column<>(areaName(a), r -> r.byArea().getOrDefault(a, 0)));
        }
        columns.add(new TableExport.Column<>(getTranslation("dashboard.total"), MonthRow::total));
        boolean none = rows.stream().allMatch(r -> r.total() == 0);
        ChartCard<MonthRow> card = new ChartCard<>("chart-complaints", getTranslation("dashboard.complaints"),
                none ? null : new Chart(ChartOption.bar(labels, series).stacked().valueAxisName(getTranslation("dashboard.count"))),
                rows, columns, getTranslation("dashboard.complaints.file"));
        card.note(getTranslation(none ? "dashboard.complaints.none" : "dashboard.complaints.note"));
        return card;
    }

    // --- 4. on-time and satisfaction rates by department -------------------------------------------------------------

    private ChartCard<StatisticsQueries.DepartmentFigures> rates(Dashboard.Filter filter) {
        List<StatisticsQueries.DepartmentFigures> rows = dashboard.rates(filter, viewer);
        ChartOption option = ChartOption.bar(rows.stream().map(StatisticsQueries.DepartmentFigures::departmentName).toList(), List.of(
                ChartOption.Series.of(getTranslation("scoreboard.onTimeRate"), rows.stream().map(d -> percent(d.onTimeRate())).toList())
                        .withColor(ChartColor.BLUE),
                ChartOption.Series.of(getTranslation("scoreboard.satisfactionRate"), rows.stream().map(d -> percent(d.satisfactionRate())).toList())
                        .withColor(ChartColor.GREEN)))
                .percent().horizontal().visibleCategories(15);
        List<TableExport.Column<StatisticsQueries.DepartmentFigures>> columns = List.of(
                Cards.column(this, "assessment.department", StatisticsQueries.DepartmentFigures::departmentName),
                Cards.column(this, "scoreboard.received", StatisticsQueries.DepartmentFigures::received),
                Cards.column(this, "dashboard.due", StatisticsQueries.DepartmentFigures::due),
                Cards.column(this, "dashboard.dueOnTime", StatisticsQueries.DepartmentFigures::dueOnTime),
                Cards.column(this, "scoreboard.onTimeRate", d -> rateText(d.onTimeRate())),
                Cards.column(this, "dashboard.rated", StatisticsQueries.DepartmentFigures::rated),
                Cards.column(this, "dashboard.satisfied", StatisticsQueries.DepartmentFigures::satisfied),
                Cards.column(this, "dashboard.basic", StatisticsQueries.DepartmentFigures::basic),
                Cards.column(this, "dashboard.dissatisfied", StatisticsQueries.DepartmentFigures::dissatisfied),
                Cards.column(this, "scoreboard.satisfactionRate", d -> rateText(d.satisfactionRate())),
                Cards.column(this, "dashboard.reopened", StatisticsQueries.DepartmentFigures::reopened));
        ChartCard<StatisticsQueries.DepartmentFigures> card = new ChartCard<>("chart-rates", getTranslation("dashboard.rates"),
                rows.isEmpty() ? null : Cards.chart(option, rows.size()), rows, columns, getTranslation("dashboard.rates.file"));
        ScoringRules rules = dashboard.rules(filter);
        card.note(getTranslation(rows.isEmpty() ? "dashboard.rates.none" : "dashboard.rates.note", rules.minVolume(),
                plain(rules.basicWeight())));
        return card;
    }

    // --- 5. overdue now ----------------------------------------------------------------------------------------------

    private ChartCard<StatisticsQueries.Overdue> overdue(List<StatisticsQueries.Overdue> rows) {
        List<String> names = rows.stream().map(this::overdueName).toList();
        ChartOption option = ChartOption.bar(names, List.of(
                ChartOption.Series.of(getTranslation("dashboard.red"), rows.stream().map(StatisticsQueries.Overdue::red).toList())
                        .withColor(ChartColor.RED),
                ChartOption.Series.of(getTranslation("dashboard.yellow"), rows.stream().map(StatisticsQueries.Overdue::yellow).toList())
                        .withColor(ChartColor.GOLD)))
                .horizontal().stacked().visibleCategories(15).valueAxisName(getTranslation("dashboard.count"));
        List<TableExport.Column<StatisticsQueries.Overdue>> columns = List.of(
                new TableExport.Column<>(getTranslation("assessment.department"), this::overdueName),
                Cards.column(this, "dashboard.complaintsRed", StatisticsQueries.Overdue::complaintsRed),
                Cards.column(this, "dashboard.complaintsYellow", StatisticsQueries.Overdue::complaintsYellow),
                Cards.column(this, "dashboard.findingsRed", StatisticsQueries.Overdue::findingsRed),
                Cards.column(this, "dashboard.findingsYellow", StatisticsQueries.Overdue::findingsYellow),
                Cards.column(this, "dashboard.problemsRed", StatisticsQueries.Overdue::problemsRed),
                Cards.column(this, "dashboard.problemsYellow", StatisticsQueries.Overdue::problemsYellow));
        ChartCard<StatisticsQueries.Overdue> card = new ChartCard<>("chart-overdue", getTranslation("dashboard.overdue"),
                rows.isEmpty() ? null : Cards.chart(option, rows.size()), rows, columns, getTranslation("dashboard.overdue.file"));
        card.note(getTranslation(rows.isEmpty() ? "dashboard.overdue.none" : "dashboard.overdue.note"));
        return card;
    }

    private String overdueName(StatisticsQueries.Overdue o) {
        return o.departmentId() == 0 ? getTranslation("dashboard.notRouted") : o.departmentName();
    }

    // --- 6. findings and their rectification -------------------------------------------------------------------------

    private ChartCard<FindingFigures.FindingProgress> findings(Dashboard.Filter filter) {
        List<FindingFigures.FindingProgress> rows = dashboard.findings(filter, viewer);
        List<String> names = rows.stream().map(FindingFigures.FindingProgress::departmentName).toList();
        ChartOption option = ChartOption.bar(names, List.of(
                series("finding.state.SUBMITTED", rows, FindingFigures.FindingProgress::toConfirm, ChartColor.GREY),
                series("finding.state.RECTIFYING", rows, FindingFigures.FindingProgress::rectifying, ChartColor.GOLD),
                series("finding.state.REPORTED", rows, FindingFigures.FindingProgress::reported, ChartColor.BLUE),
                series("finding.state.RETURNED", rows, FindingFigures.FindingProgress::returned, ChartColor.RED),
                series("finding.state.CLOSED", rows, FindingFigures.FindingProgress::closed, ChartColor.GREEN),
                series("finding.state.DISMISSED", rows, FindingFigures.FindingProgress::dismissed, ChartColor.BROWN)))
                .horizontal().stacked().visibleCategories(15).valueAxisName(getTranslation("dashboard.count"));
        List<TableExport.Column<FindingFigures.FindingProgress>> columns = List.of(
                Cards.column(this, "assessment.department", FindingFigures.FindingProgress::departmentName),
                Cards.column(this, "finding.state.SUBMITTED", FindingFigures.FindingProgress::toConfirm),
                Cards.column(this, "finding.state.RECTIFYING", FindingFigures.FindingProgress::rectifying),
                Cards.column(this, "finding.state.REPORTED", FindingFigures.FindingProgress::reported),
                Cards.column(this, "finding.state.RETURNED", FindingFigures.FindingProgress::returned),
                Cards.column(this, "finding.state.CLOSED", FindingFigures.FindingProgress::closed),
                Cards.column(this, "finding.state.DISMISSED", FindingFigures.FindingProgress::dismissed),
                Cards.column(this, "dashboard.total", FindingFigures.FindingProgress::total));
        ChartCard<FindingFigures.FindingProgress> card = new ChartCard<>("chart-findings", getTranslation("dashboard.findings"),
                rows.isEmpty() ? null : Cards.chart(option, rows.size()), rows, columns, getTranslation("dashboard.findings.file"));
        card.note(getTranslation(rows.isEmpty() ? "dashboard.findings.none" : "dashboard.findings.note"));
        return card;
    }

    // --- 7. bulletins --------------------------------------------------------------------------------------------------

    private ChartCard<BulletinQueries.Row> bulletins(Dashboard.Filter filter) {
        List<BulletinQueries.Row> rows = dashboard.bulletins(filter, viewer);
        List<String> names = rows.stream().map(BulletinQueries.Row::number).toList();
        ChartOption option = ChartOption.bar(names, List.of(
                ChartOption.Series.of(getTranslation("dashboard.signedRate"),
                        rows.stream().map(r -> r.addressed() == 0 ? null : percent((double) r.signed() / r.addressed())).toList())
                        .withColor(ChartColor.BLUE),
                ChartOption.Series.of(getTranslation("dashboard.closedRate"),
                        rows.stream().map(r -> r.items() == 0 ? null : percent((double) r.accepted() / r.items())).toList())
                        .withColor(ChartColor.GREEN))).percent().horizontal().visibleCategories(15);
        List<TableExport.Column<BulletinQueries.Row>> columns = List.of(
                Cards.column(this, "bulletin.number.header", BulletinQueries.Row::number),
                Cards.column(this, "bulletin.title", BulletinQueries.Row::title),
                Cards.column(this, "bulletin.issueDate", BulletinQueries.Row::issueDate),
                Cards.column(this, "common.status", r -> getTranslation("bulletin.state." + r.state().name())),
                Cards.column(this, "dashboard.signed", BulletinQueries.Row::signed),
                Cards.column(this, "dashboard.addressed", BulletinQueries.Row::addressed),
                Cards.column(this, "dashboard.overdueSigns", BulletinQueries.Row::overdueSigns),
                Cards.column(this, "dashboard.problemsClosed", BulletinQueries.Row::accepted),
                Cards.column(this, "dashboard.problems", BulletinQueries.Row::items));
        ChartCard<BulletinQueries.Row> card = new ChartCard<>("chart-bulletins", getTranslation("dashboard.bulletins"),
                rows.isEmpty() ? null : Cards.chart(option, rows.size()), rows, columns, getTranslation("dashboard.bulletins.file"));
        card.note(getTranslation(rows.isEmpty() ? "dashboard.bulletins.none" : "dashboard.bulletins.note"));
        return card;
    }

    // --- helpers -------------------------------------------------------------------------------------------------------

    private ChartOption.Series series(String key, List<FindingFigures.FindingProgress> rows,
                                      Function<FindingFigures.FindingProgress, Integer> value, ChartColor color) {
        return ChartOption.Series.of(getTranslation(key), rows.stream().map(value).toList()).withColor(color);
    }

    private String areaName(long id) {
        return id == 0 ? getTranslation("dashboard.noArea") : areaNames.getOrDefault(id, "#" + id);
    }

    /** A rate as a percentage with one decimal, or {@code null} (no bar) below the minimum volume. */
    private static Double percent(Double rate) {
        return rate == null ? null : BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private String rateText(Double rate) {
        return rate == null ? getTranslation("dashboard.tooFew") : plain(percent(rate)) + "%";
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
