package org.sunshine.base.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * How tall a table of a known number of rows is: all its rows on the page up to {@value #ALL_ROWS}; past that it
 * scrolls inside itself, so that the browser draws only the rows in view and the server sends them as they come
 * into view (a city's 200 departments drawn at once took the public scoreboard 2–3 s in the browser).
 */
public final class TableHeight {

    static final int ALL_ROWS = 30;

    private TableHeight() {
    }

    public static void fit(Grid<?> grid, int rows) {
        grid.setAllRowsVisible(rows <= ALL_ROWS);
        if (rows > ALL_ROWS) {
            grid.setHeight("24em");
        }
    }
}
