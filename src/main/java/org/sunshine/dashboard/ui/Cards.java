package org.sunshine.dashboard.ui;

import com.vaadin.flow.component.Component;
import org.sunshine.base.export.TableExport;
import org.sunshine.base.ui.Chart;
import org.sunshine.base.ui.ChartOption;

import java.util.function.Function;

/** What the dashboard's cards share: a chart's height, a column of a card's table. */
final class Cards {

    private Cards() {
    }

    /** A chart as tall as its categories need (horizontal bars, at most 15 in view): no card half blank. */
    static Chart chart(ChartOption option, int categories) {
        Chart chart = new Chart(option);
        chart.setHeight(height(categories) + "px");
        return chart;
    }

    /** The height in pixels for so many horizontal bars (a legend and an axis below them). */
    static int height(int categories) {
        return Math.max(160, Math.min(categories, 15) * 28 + 100);
    }

    /** A column of a card's table (and its export), headed in the reader's language. */
    static <T> TableExport.Column<T> column(Component in, String headerKey, Function<T, Object> value) {
        return new TableExport.Column<>(in.getTranslation(headerKey), value);
    }
}
