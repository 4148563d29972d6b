package org.sunshine.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The row of filters above a list: aligned on the text, wrapping on a narrow screen, where each takes a share of its row. */
public class FilterBar extends HorizontalLayout {

    public FilterBar(Component... filters) {
        super(filters);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
        setWidthFull();
        addClassName("filter-bar");
    }
}
