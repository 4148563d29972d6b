package org.sunshine.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;

import java.time.Instant;
import java.time.ZoneId;

/** A vertical list of steps, oldest first: when, and what happened in words. */
public class Timeline extends OrderedList {

    private final ZoneId zone;

    public Timeline(String id, ZoneId zone) {
        this.zone = zone;
        setId(id);
        addClassName("timeline");
    }

    public void step(Instant at, String text, String detail, String style) {
        Span when = new Span(Dates.time(this, at, zone));
        when.addClassName("timeline-time");
        Div what = new Div(new Span(text));
        what.addClassName("timeline-text");
        if (detail != null && !detail.isBlank()) {
            Div more = new Div(new Span(detail));
            more.addClassName("timeline-detail");
            what.add(more);
        }
        ListItem item = new ListItem(when, what);
        item.addClassName("timeline-step");
        if (style != null && !style.isBlank()) {
            item.addClassName(style);
        }
        add(item);
    }
}
