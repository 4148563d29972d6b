package org.sunshine.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;

/**
 * A feature's queues on the workbench: a titled row of tiles, each what waits for the signed-in user, how many, and
 * a link to the list that shows exactly those items. The tile names that list's grid ({@code data-list}) and carries
 * its count ({@code data-count}), so that a test can check that the two agree.
 */
public class Queues extends Div {

    private final Div tiles = new Div();

    public Queues(String id, String titleKey) {
        setId(id);
        addClassName("workbench-queues");
        H4 title = new H4(getTranslation(titleKey));
        title.addClassName("workbench-queues-title");
        tiles.addClassName("card-grid");
        add(title, tiles);
    }

    /** A queue: {@code count} items, all of them in the grid {@code listId} of the page at {@code href}. */
    public Queues add(String labelKey, long count, String href, String listId) {
        tiles.add(StatCard.queue(this, labelKey, count, href, listId, false));
        return this;
    }

    /** A queue of items past their deadline: marked red while it is not empty. */
    public Queues overdue(String labelKey, long count, String href, String listId) {
        tiles.add(StatCard.queue(this, labelKey, count, href, listId, true));
        return this;
    }
}
