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
}
