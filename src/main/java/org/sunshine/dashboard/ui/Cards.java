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

    /** A chart tall enough for its categories when they are many (horizontal bars). */
    static Chart chart(ChartOption option, int categories) {
        Chart chart = new Chart(option);
        chart.setHeight(Math.max(320, Math.min(categories, 15) * 26 + 90) + "px");
        return chart;
    }

    /** A column of a card's table (and its export), headed in the reader's language. */
    static <T> TableExport.Column<T> column(Component in, String headerKey, Function<T, Object> value) {
        return new TableExport.Column<>(in.getTranslation(headerKey), value);
    }
}
