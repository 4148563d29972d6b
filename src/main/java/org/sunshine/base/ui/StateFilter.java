package org.sunshine.base.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;

import org.sunshine.base.list.ListSize;

import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The state filter of a list: a multi-select of states labelled {@code <labelPrefix><NAME>}, whose chosen states are
 * shown whole (the field grows rather than folding them into "3 申…"), and a row of quick filters (待受理, 待确认 …),
 * each of which selects a few states, shows how many items it holds ({@link #counted}) and is marked while its
 * states are the ones chosen. The states offered are set with {@code setItems}.
 */
public class StateFilter<S extends Enum<S>> extends MultiSelectComboBox<S> {

    private final QuickFilters quickLinks;
    private Function<Set<S>, ListSize> counter;

    public StateFilter(String id, String placeholderKey, String labelPrefix, Runnable onChange) {
        setId(id);
        setPlaceholder(getTranslation(placeholderKey));
        setItemLabelGenerator(state -> getTranslation(labelPrefix + state.name()));
        setAutoExpand(AutoExpandMode.BOTH);
        addClassName("state-filter");
        quickLinks = new QuickFilters(id + "-quick");
        addValueChangeListener(e -> {
            quickLinks.mark();
            onChange.run();
        });
    }

    /**
     * Adds a quick filter that selects {@code selection}; an empty one shows every state. Its id is
     * {@code <id>-quick-<last part of the label key>}.
     */
    public StateFilter<S> quick(String labelKey, Set<S> selection) {
        Set<S> chosen = Set.copyOf(selection);
        quickLinks.chip(labelKey.substring(labelKey.lastIndexOf('.') + 1), getTranslation(labelKey),
                () -> setValue(chosen), () -> counter == null ? null : counter.apply(chosen),
                () -> getValue().equals(chosen));
        return this;
    }

    /** How many items of the viewer's list a set of states holds (an empty set: every state); shown on each chip. */
    public StateFilter<S> counted(ToLongFunction<Set<S>> counter) {
        this.counter = chosen -> ListSize.exact(counter.applyAsLong(chosen));
        return this;
    }

    /**
     * How many items of the viewer's list a set of states holds, as far as it is cheap to know (a list of a million:
     * exact below the cap); shown on each chip.
     */
    public StateFilter<S> sized(Function<Set<S>, ListSize> sizer) {
        this.counter = sizer;
        return this;
    }

    public QuickFilters quickLinks() {
        return quickLinks;
    }
}
