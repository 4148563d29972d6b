package org.sunshine.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A number with what it counts, as on the workbench; with an address, the card opens the list it counts. */
public final class StatCard {

    private StatCard() {
    }

    public static Component of(Component in, String labelKey, long value, String href) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("stat-number");
        Div card = new Div(number, new Span(in.getTranslation(labelKey)));
        card.addClassName("stat-card");
        if (href == null) {
            return card;
        }
        Anchor link = new Anchor(href, card);
        link.addClassName("stat-link");
        return link;
    }

    /**
     * A queue's tile (see {@link Queues}): the count, what it counts, and the list at {@code href} whose grid
     * {@code listId} shows those items; an overdue queue that is not empty is marked red, an empty queue is quiet.
     */
    static Component queue(Component in, String labelKey, long value, String href, String listId, boolean overdue) {
        Component link = of(in, labelKey, value, href);
        link.getElement().setAttribute("data-list", listId);
        link.getElement().setAttribute("data-count", String.valueOf(value));
        Component card = link.getChildren().findFirst().orElseThrow();
        if (value == 0) {
            card.getElement().getClassList().add("stat-empty");
        } else if (overdue) {
            card.getElement().getClassList().add("stat-overdue");
        }
        return link;
    }
}
