package org.sunshine.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.sunshine.base.export.TableExport;

import java.util.List;

/**
 * A chart with the table behind it: the title, the chart, a note, and under 数据表 the same rows as a grid, with
 * 导出 CSV / Excel of exactly those rows and columns. Grid and exports are built from one list of columns, so what is
 * downloaded is what is shown; they are built when 数据表 is first opened (issue 18: a dashboard of nine cards sent
 * nine grids and eighteen download links nobody had asked for, most of what the page cost).
 *
 * @param <T> the row type
 */
public class ChartCard<T> extends Div {

    private final boolean hasChart;

    public ChartCard(String id, String title, Component chart, List<T> rows, List<TableExport.Column<T>> columns,
                     String fileTitle) {
        setId(id);
        addClassName("chart-card");
        add(new H3(title));
        hasChart = chart != null;
        if (hasChart) {
            add(chart);
        }
        List<T> shown = List.copyOf(rows);
        List<TableExport.Column<T>> shownColumns = List.copyOf(columns);
        Details table = new Details(getTranslation("chart.table"));
        table.setId(id + "-details");
        // built when first opened: nine cards' grids and exports would otherwise be most of the page that is sent
        table.addOpenedChangeListener(e -> {
            if (e.isOpened() && table.getContent().findAny().isEmpty()) {
                table.add(new Div(grid(id, shown, shownColumns), exports(id, fileTitle, shown, shownColumns)));
            }
        });
        add(table);
    }

    private Grid<T> grid(String id, List<T> rows, List<TableExport.Column<T>> columns) {
        Grid<T> grid = new Grid<>();
        grid.setId(id + "-table");
        for (TableExport.Column<T> column : columns) {
            grid.addColumn(row -> {
                Object value = column.value().apply(row);
                return value == null ? "" : value.toString();
            }).setHeader(column.header()).setAutoWidth(true);
        }
        grid.setItems(rows);
        TableHeight.fit(grid, rows.size());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("common.empty"));
        return grid;
    }

    private HorizontalLayout exports(String id, String fileTitle, List<T> rows, List<TableExport.Column<T>> columns) {
        HorizontalLayout exports = new HorizontalLayout();
        ExportLinks.of(this, id, () -> fileTitle, () -> rows, () -> columns).forEach(exports::add);
        return exports;
    }

    /** A line of explanation under the chart (how a figure is computed, which rule applies). */
    public ChartCard<T> note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("form-note");
        addComponentAtIndex(hasChart ? 2 : 1, note);
        return this;
    }
}
