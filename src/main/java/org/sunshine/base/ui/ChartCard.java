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
 * downloaded is what is shown.
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
        HorizontalLayout exports = new HorizontalLayout();
        List<T> shown = List.copyOf(rows);
        List<TableExport.Column<T>> shownColumns = List.copyOf(columns);
        ExportLinks.of(this, id, () -> fileTitle, () -> shown, () -> shownColumns).forEach(exports::add);
        Details table = new Details(getTranslation("chart.table"), new Div(grid, exports));
        table.setId(id + "-details");
        add(table);
    }

    /** A line of explanation under the chart (how a figure is computed, which rule applies). */
    public ChartCard<T> note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("form-note");
        addComponentAtIndex(hasChart ? 2 : 1, note);
        return this;
    }
}
