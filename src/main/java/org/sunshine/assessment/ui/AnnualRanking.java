package org.sunshine.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.sunshine.assessment.AnnualQueries;
import org.sunshine.assessment.AnnualRow;
import org.sunshine.base.export.TableExport;
import org.sunshine.base.ui.ExportLinks;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * An annual assessment's ranking as shown (computed now while a draft, a locked revision once locked), which
 * revision it is, and its export: the download is what the screen shows.
 */
final class AnnualRanking extends Div {

    /** What the ranking shows, read by downloads, which run outside the UI's lock. */
    private final List<AnnualRow> shownRows;
    private final String shownTitle;

    /** @param toLatest shows the latest revision again, when an earlier one is shown */
    AnnualRanking(AnnualQueries.Detail d, Runnable toLatest) {
        Span shown = new Span(d.shownRevision() == 0 ? getTranslation("assessment.annual.shown.live")
                : d.shownRevision() == d.revision() ? getTranslation("assessment.annual.shown.latest", d.shownRevision())
                : getTranslation("assessment.annual.shown.earlier", d.shownRevision(), d.revision()));
        shown.setId("annual-shown");
        HorizontalLayout heading = new HorizontalLayout(new H4(getTranslation("assessment.annual.ranking")), shown);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.getStyle().set("flex-wrap", "wrap");
        if (d.shownRevision() > 0 && d.shownRevision() != d.revision()) {
            Button latest = new Button(getTranslation("assessment.annual.shown.toLatest"), e -> toLatest.run());
            latest.setId("annual-revision-latest");
            latest.addThemeVariants(ButtonVariant.LUMO_SMALL);
            heading.add(latest);
        }
        shownRows = d.rows();
        shownTitle = d.shownRevision() == 0 ? getTranslation("assessment.annual.export.live", String.valueOf(d.year()))
                : getTranslation("assessment.annual.export.revision", String.valueOf(d.year()), d.shownRevision());
        heading.add(ExportLinks.of(this, "annual-ranking", () -> shownTitle, () -> shownRows, this::columns)
                .toArray(Anchor[]::new));

        Grid<AnnualRow> grid = new Grid<>();
        grid.setId("annual-ranking");
        for (TableExport.Column<AnnualRow> column : columns()) {
            grid.addColumn(r -> text(column.value().apply(r))).setHeader(column.header()).setAutoWidth(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(d.rows());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("common.empty"));
        add(heading, grid);
    }

    /** The ranking's columns, for the grid and the export alike. */
    private List<TableExport.Column<AnnualRow>> columns() {
        return List.of(
                column("assessment.annual.col.rank", AnnualRow::rank),
                column("assessment.annual.col.department", AnnualRow::departmentName),
                column("assessment.annual.col.periods", AnnualRow::periods),
                column("assessment.annual.col.base", AnnualRow::base),
                column("assessment.annual.col.commendations", AnnualRow::commendations),
                column("assessment.annual.col.criticisms", AnnualRow::criticisms),
                column("assessment.annual.col.effect", AnnualRow::effect),
                column("assessment.annual.col.total", AnnualRow::total),
                column("assessment.annual.col.grade", r -> r.vetoed()
                        ? getTranslation("assessment.annual.vetoed", getTranslation("assessment.grade." + r.grade().name()))
                        : getTranslation("assessment.grade." + r.grade().name())));
    }

    private TableExport.Column<AnnualRow> column(String headerKey, Function<AnnualRow, Object> value) {
        return new TableExport.Column<>(getTranslation(headerKey), value);
    }

    private static String text(Object value) {
        return value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
    }
}
