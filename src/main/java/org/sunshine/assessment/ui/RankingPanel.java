package org.sunshine.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.sunshine.assessment.DepartmentScore;
import org.sunshine.assessment.Grade;
import org.sunshine.assessment.Indicator;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.PeriodQueries;
import org.sunshine.assessment.PeriodState;
import org.sunshine.assessment.ResultTable;
import org.sunshine.assessment.ScoreTableReport;
import org.sunshine.assessment.SystemTree;
import org.sunshine.report.ui.ReportLink;
import org.sunshine.report.ReportFormat;
import org.sunshine.security.SignedInUser;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** A period's ranking tab: a revision chooser when locked, the table, the exports and the rules it was ranked by. */
final class RankingPanel extends Div {

    private final PeriodQueries queries;
    private final SignedInUser viewer;
    private final ScoreTableReport report;

    RankingPanel(ResultTable table, PeriodQueries queries, SignedInUser viewer, ScoreTableReport report) {
        this.queries = queries;
        this.viewer = viewer;
        this.report = report;
        setId("period-ranking");
        setWidthFull();
        show(table);
    }

    private void show(ResultTable table) {
        removeAll();
        Period p = table.period();
        HorizontalLayout top = new HorizontalLayout();
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.getStyle().set("flex-wrap", "wrap");
        if (p.getState() == PeriodState.LOCKED && p.getRevision() > 1) {
            Select<Integer> revision = new Select<>();
            revision.setLabel(getTranslation("assessment.revision"));
            revision.setItems(IntStream.rangeClosed(1, p.getRevision()).boxed().toList());
            revision.setItemLabelGenerator(n -> getTranslation("assessment.revision.no", n)
                    + (n == p.getRevision() ? " " + getTranslation("assessment.revision.current") : ""));
            revision.setValue(table.revisionNo());
            revision.setId("ranking-revision");
            revision.addValueChangeListener(e -> show(queries.ranking(p.getId(), e.getValue(), viewer)));
            top.add(revision);
        }
        Span status = new Span(getTranslation(table.locked() ? "assessment.ranking.locked" : "assessment.ranking.live",
                table.revisionNo()));
        status.addClassName("form-note");
        top.add(status);
        if (table.tree().categories().size() <= ScoreTableReport.MAX_CATEGORIES) {
            for (ReportFormat format : List.of(ReportFormat.PDF, ReportFormat.XLSX)) {
                top.add(ReportLink.of(format, "ranking-" + format.name().toLowerCase(Locale.ROOT),
                        locale -> report.render(table, format, locale), locale -> report.fileName(table, format, locale)));
            }
        }
        add(top);
        add(grid(table));
        add(RankingRules.of(this, p));
    }

    private Grid<ResultTable.Row> grid(ResultTable table) {
        Grid<ResultTable.Row> grid = new Grid<>();
        grid.setId("ranking");
        grid.addColumn(ResultTable.Row::rank).setHeader(getTranslation("assessment.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ResultTable.Row::departmentName).setHeader(getTranslation("assessment.department"))
                .setAutoWidth(true).setFlexGrow(0);
        List<SystemTree.Branch> categories = table.tree().categories();
        for (int i = 0; i < categories.size(); i++) {
            int at = i;
            Indicator c = categories.get(i).category();
            Span header = new Span(c.name());
            header.addClassName("wrapping-header");
            grid.addColumn(r -> Points.number(r.score().categories().get(at).score())).setHeader(header)
                    .setWidth("6.5rem").setFlexGrow(1).setTextAlign(ColumnTextAlign.END);
        }
        grid.addColumn(r -> Points.number(r.score().total())).setHeader(getTranslation("assessment.total")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(RankingPanel::gradeBadge).setHeader(getTranslation("assessment.grade")).setAutoWidth(true);
        if (!table.locked()) {
            grid.addComponentColumn(RankingPanel::openMarks).setHeader(getTranslation("assessment.ranking.open")).setAutoWidth(true);
        }
        grid.addItemClickListener(e -> UI.getCurrent().navigate(DepartmentResultView.path(table.period().getId(),
                e.getItem().departmentId())));
        grid.setItems(table.rows());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("common.empty"));
        return grid;
    }

    /** A department's grade, with the veto marked: green for 优秀, yellow for 合格, red for 不合格. */
    static Span gradeBadge(ResultTable.Row row) {
        Span badge = new Span();
        badge.setText(badge.getTranslation("assessment.grade." + row.grade().name())
                + (row.score().vetoed() ? badge.getTranslation("assessment.vetoed.mark") : ""));
        badge.getElement().getThemeList().add(switch (row.grade()) {
            case EXCELLENT -> "badge success";
            case GOOD, PASS -> "badge contrast";
            case FAIL -> "badge error";
        });
        if (row.grade() == Grade.PASS) {
            badge.addClassName("badge-yellow");
        }
        return badge;
    }

    /** What keeps a department's result open: spreads to resolve, indicators nobody scored. */
    private static Span openMarks(ResultTable.Row row) {
        Span marks = new Span();
        long spreads = row.score().indicators().stream().filter(DepartmentScore.IndicatorScore::unresolvedSpread).count();
        long missing = row.score().indicators().stream().filter(i -> i.basis() == DepartmentScore.Basis.MISSING).count();
        if (spreads > 0) {
            Span s = new Span(marks.getTranslation("assessment.ranking.spreads", spreads));
            s.getElement().getThemeList().add("badge error");
            marks.add(s);
        }
        if (missing > 0) {
            Span s = new Span(marks.getTranslation("assessment.ranking.missing", missing));
            s.getElement().getThemeList().add("badge contrast");
            marks.add(s);
        }
        return marks;
    }
}
