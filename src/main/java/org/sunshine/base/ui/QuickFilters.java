package org.sunshine.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The quick filters above a list (待受理 12 · 待分派 3 · 全部 …): each a chip with its whole label and, when the list
 * can count it, how many items it shows; the chip whose selection is on screen is marked as pressed. The counts are
 * the viewer's queues (what the chip alone selects), taken when the list opens and when a chip is chosen.
 */
public class QuickFilters extends Div {

    private record Chip(Button button, Span count, LongSupplier counter, BooleanSupplier active) {
    }

    private final List<Chip> chips = new ArrayList<>();

    public QuickFilters(String id) {
        setId(id);
        addClassName("quick-filters");
        addAttachListener(e -> refresh());
    }

    /**
     * Adds a chip.
     *
     * @param name    the end of its id ({@code <id>-<name>})
     * @param select  puts its selection on screen
     * @param counter how many items it selects; {@code null} (or a negative count) when the list cannot count it
     * @param active  whether its selection is the one on screen
     */
    public QuickFilters chip(String name, String label, Runnable select, LongSupplier counter, BooleanSupplier active) {
        Span count = new Span();
        count.addClassName("quick-count");
        count.setVisible(false);
        Button button = new Button(label);
        button.setId(getId().orElse("quick") + "-" + name);
        button.addClassName("quick-filter");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setSuffixComponent(count);
        button.addClickListener(e -> {
            select.run();
            refresh();
        });
        chips.add(new Chip(button, count, counter, active));
        add(button);
        return this;
    }

    /** Counts again and marks the chip on screen. */
    public void refresh() {
        for (Chip chip : chips) {
            long n = chip.counter() == null ? -1 : chip.counter().getAsLong();
            chip.count().setText(n < 0 ? "" : String.valueOf(n));
            chip.count().setVisible(n >= 0);
            if (n >= 0) {
                chip.button().getElement().setAttribute("aria-label", chip.button().getText() + " " + n);
            }
        }
        mark();
    }

    /** Marks the chip whose selection is on screen (the selection changed by other means). */
    public void mark() {
        for (Chip chip : chips) {
            boolean on = chip.active().getAsBoolean();
            chip.button().getElement().setAttribute("aria-pressed", String.valueOf(on));
            chip.button().getElement().getClassList().set("quick-filter-active", on);
        }
    }

    /** The chip's count as shown, or {@code null} when it shows none. */
    public String count(String name) {
        return chips.stream().filter(c -> c.button().getId().orElse("").endsWith("-" + name))
                .filter(c -> c.count().isVisible()).map(c -> c.count().getText()).findFirst().orElse(null);
    }
}
