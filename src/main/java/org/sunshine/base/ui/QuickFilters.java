package org.sunshine.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.sunshine.base.list.ListSize;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The quick filters above a list (待受理 12 · 待分派 3 · 全部 …): each a chip with its whole label and, when the list
 * can count it, how many items it shows; the chip whose selection is on screen is marked as pressed. The counts are
 * the viewer's queues (what the chip alone selects), taken when the list opens and when a chip is chosen; exact below
 * the lists' cap, "10000+" above it, or about a total kept elsewhere ({@link LazyList#text}).
 */
public class QuickFilters extends Div {

    private record Chip(Button button, Span count, Supplier<ListSize> counter, BooleanSupplier active) {
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
     * @param counter how many items it selects; {@code null} when the list cannot count it
     * @param active  whether its selection is the one on screen
     */
    public QuickFilters chip(String name, String label, Runnable select, Supplier<ListSize> counter, BooleanSupplier active) {
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
            ListSize size = chip.counter() == null ? null : chip.counter().get();
            String text = size == null ? "" : LazyList.text(this, size);
            chip.count().setText(text);
            chip.count().setVisible(size != null);
            if (size != null) {
                chip.button().getElement().setAttribute("aria-label", chip.button().getText() + " " + text);
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
