package org.sunshine.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.Set;

/**
 * The state filter of a list: a multi-select of states labelled {@code <labelPrefix><NAME>}, and a row of quick
 * links (待受理, 待确认 …), each of which selects a few states. The states offered are set with {@code setItems}.
 */
public class StateFilter<S extends Enum<S>> extends MultiSelectComboBox<S> {

    private final HorizontalLayout quickLinks = new HorizontalLayout();

    public StateFilter(String id, String placeholderKey, String labelPrefix, Runnable onChange) {
        setId(id);
        setPlaceholder(getTranslation(placeholderKey));
        setItemLabelGenerator(state -> getTranslation(labelPrefix + state.name()));
        addValueChangeListener(e -> onChange.run());
        quickLinks.setSpacing(false);
        quickLinks.getStyle().set("flex-wrap", "wrap");
    }

    /** Adds a quick link that selects {@code selection}; an empty one shows every state. */
    public StateFilter<S> quick(String labelKey, Set<S> selection) {
        Button button = new Button(getTranslation(labelKey), e -> setValue(selection));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        quickLinks.add(button);
        return this;
    }

    public HorizontalLayout quickLinks() {
        return quickLinks;
    }
}
