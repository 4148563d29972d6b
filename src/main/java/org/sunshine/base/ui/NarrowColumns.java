package org.sunshine.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A list on a tablet: in a browser window narrower than {@link #WIDE} pixels the columns named here are hidden, so
 * that the grid keeps its key ones (the subject, the state, the deadline) on the screen instead of scrolling sideways;
 * they come back when the window is widened. Columns are named by the i18n key of their header, so that a list says
 * which of its columns matter less without this class knowing how they are drawn. A key no column of the grid has is
 * ignored (a column some roles do not see).
 */
public final class NarrowColumns {

    /** The narrowest window that shows every column: a 768 px tablet, or a laptop with the side menu open, hides some. */
    public static final int WIDE = 1100;

    private static final String WIDTH = NarrowColumns.class.getName() + ".windowWidth";

    private NarrowColumns() {
    }

    /** Hides the columns headed by {@code headerKeys} while the window is narrower than {@link #WIDE}. */
    public static void secondary(Grid<?> grid, String... headerKeys) {
        Set<String> headers = java.util.Arrays.stream(headerKeys).map(grid::getTranslation)
                .collect(java.util.stream.Collectors.toSet());
        List<? extends Grid.Column<?>> columns = grid.getColumns().stream()
                .filter(c -> c.getHeaderText() != null && headers.contains(c.getHeaderText())).toList();
        AtomicReference<Registration> resize = new AtomicReference<>();
        grid.addAttachListener(attach -> {
            UI ui = attach.getUI();
            // the details are read once per UI and kept: after a resize the width last reported is the one to use
            Object known = ComponentUtil.getData(ui, WIDTH);
            if (known instanceof Integer width) {
                show(columns, width);
            } else {
                ui.getPage().retrieveExtendedClientDetails(details -> show(columns, details.getWindowInnerWidth()));
            }
            resize.set(ui.getPage().addBrowserWindowResizeListener(e -> {
                ComponentUtil.setData(ui, WIDTH, e.getWidth());
                show(columns, e.getWidth());
            }));
        });
        grid.addDetachListener(detach -> {
            Registration registration = resize.getAndSet(null);
            if (registration != null) {
                registration.remove();
            }
        });
    }

    static void show(List<? extends Grid.Column<?>> columns, int windowWidth) {
        boolean wide = windowWidth <= 0 || windowWidth >= WIDE;
        columns.forEach(c -> c.setVisible(wide));
    }
}
